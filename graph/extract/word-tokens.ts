// The article's words with their offsets: names, cue words and triggers are matched on these.

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, a trailing full stop dropped unless the word is initials ("j.d."). */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}&]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;
const INITIALS = /^(?:\p{L}\.)+$/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].endsWith('.') && !INITIALS.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const start = offset + m.index;
    tokens.push({ text: raw, word: raw.toLowerCase(), start, end: start + raw.length });
  }
  return tokens;
}

/** Whether only a space stands between two tokens (no punctuation, no line break). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && text[a.end] === ' ';
}
