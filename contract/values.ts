// How one parameter value is read and written, per type: the rules the API's schemas and the explorer share.
import { FLAG_WORDS } from '../graph/query/syntax-options.js';
import type { IntParamDef, ListParamDef } from './params.js';

/** A value read, or why it cannot be. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/** The words a flag takes, written forms first: `true, false, 1, 0`. */
export const FLAG_SPELLINGS: readonly string[] = [
  FLAG_WORDS.true[0],
  FLAG_WORDS.false[0],
  FLAG_WORDS.true[1],
  FLAG_WORDS.false[1],
];

/** What a bad flag is told: `use true, false, 1 or 0`. */
export const FLAG_MESSAGE = `use ${FLAG_SPELLINGS.slice(0, -1).join(', ')} or ${FLAG_SPELLINGS.at(-1)}`;

/** `true`/`1` and `false`/`0`; `1` is what the explorer wrote before it used the API's spelling. */
export function readFlag(text: string): Read<boolean> {
  if ((FLAG_WORDS.true as readonly string[]).includes(text)) return ok(true);
  if ((FLAG_WORDS.false as readonly string[]).includes(text)) return ok(false);
  return fail(FLAG_MESSAGE);
}

/** The written form of a flag: the first of its words, `true`. */
export function writeFlag(value: boolean): string {
  return value ? FLAG_WORDS.true[0] : FLAG_WORDS.false[0];
}

export function wholeNumberMessage(def: Pick<IntParamDef, 'min' | 'max'>): string {
  return `give a whole number from ${def.min} to ${def.max}`;
}

/** A repeated parameter (`via=a&via=b`) and a comma-separated one (`via=a,b`) are one list; blanks are dropped. */
export function splitList(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? [value] : value)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The list's items, checked against its vocabulary and its length. */
export function checkList(
  items: string[],
  def: Pick<ListParamDef, 'values' | 'maxItems'>,
): Read<string[]> {
  if (items.length > def.maxItems) return fail(`give at most ${def.maxItems} values`);
  const unknown = def.values ? items.find((v) => !def.values!.includes(v)) : undefined;
  if (unknown !== undefined)
    return fail(`unknown value "${unknown.slice(0, 100)}"; use one of: ${def.values!.join(', ')}`);
  return ok(items);
}
