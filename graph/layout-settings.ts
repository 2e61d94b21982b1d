// The layout's settings, defined once: the server's layout and the explorer's re-layout apply the same passes.

/** ForceAtlas2, over the settings graphology infers from the graph's size: LinLog spreads clusters apart. */
export const FORCE_ATLAS2_SETTINGS = { linLogMode: true, gravity: 1, adjustSizes: false } as const;

/** Then noverlap, which pushes overlapping nodes apart (by their sizes) without moving the clusters. */
export const NOVERLAP_OPTIONS = {
  maxIterations: 200,
  settings: { margin: 4, ratio: 1.5 },
} as const;
