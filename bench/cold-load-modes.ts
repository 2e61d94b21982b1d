// How the corpus benchmark asks its cold-load child to load: with helper processes (the default), or alone.

/** Without helper processes, as a small corpus loads: the peer the helpers are measured against. */
export const ALONE = '--alone';
