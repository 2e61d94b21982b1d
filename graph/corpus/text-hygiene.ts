// Corpus text made safe to show and to match: one line-ending convention, and no bidi controls.

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the directional marks
 * (U+200E, U+200F, U+061C): in a reader they reverse or reorder the text around them. The essay needs none.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Windows (\r\n) and old Mac (\r) line endings read as \n, so a file saved on any system parses alike. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Every string in parsed YAML data with its bidi controls removed; the shape is unchanged. */
export function stripBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiDeep) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiDeep(v)])) as T;
  return value;
}
