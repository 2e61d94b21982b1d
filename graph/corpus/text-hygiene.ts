// Corpus text made safe to show and to match: one line-ending convention, and no bidi controls.

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the directional marks
 * (U+200E, U+200F, U+061C): in a reader they reverse or reorder the text around them. The essay needs none.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The same, without the global flag: `test` then keeps no position between calls. */
const ANY_BIDI_CONTROL = new RegExp(BIDI_CONTROLS.source);

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Windows (\r\n) and old Mac (\r) line endings read as \n, so a file saved on any system parses alike. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Whether YAML `source` can hold a bidi control once parsed: written as such, or as an escape in a double-quoted
 * string (`\u202E`, `\U0000202E`; `\x` reaches only U+00FF). When it cannot, stripBidiDeep has nothing to do.
 */
export function mayHoldBidiControls(source: string): boolean {
  return ANY_BIDI_CONTROL.test(source) || /\\[uU]/.test(source);
}

/** Every string in parsed YAML data with its bidi controls removed; the shape is unchanged. */
export function stripBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiDeep) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiDeep(v)])) as T;
  return value;
}
