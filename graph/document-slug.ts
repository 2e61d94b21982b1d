// The grammar of a document's slug, its folder name and its `doc` value: lower-case words joined by hyphens.

/** At most this many characters: a folder name every file system takes, short enough for a URL. */
export const SLUG_MAX_LENGTH = 80;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is a slug: only `[a-z0-9-]`, no leading, trailing or doubled hyphen, so never a path. */
export function isSlug(text: string): boolean {
  return text.length <= SLUG_MAX_LENGTH && SLUG.test(text);
}

export const SLUG_RULE = `lower-case letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters`;
