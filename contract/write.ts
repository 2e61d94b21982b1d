// Writes typed view and path parameters back to a query string, in the grammar's names and spellings.
import type { ExportParams } from './schemas.js';
import { writeFlag } from './values.js';

/** What a link may carry, as the API reads it (contract/schemas.ts ExportQuery). */
export type ViewParamValues = Partial<ExportParams>;

/** The order links show them in, as /api/paths lists them: the question, its settings, the filters, the view. */
const ORDER = [
  'doc',
  'from',
  'to',
  'via',
  'k',
  'maxHops',
  'directed',
  'facts',
  'at',
  'relations',
  'avoidKinds',
  'kinds',
  'modalities',
  'focus',
  'depth',
  'path',
] as const satisfies readonly (keyof ExportParams)[];

/**
 * The parameters into `into` (a new query by default). Flags are written only when true (false is their default),
 * as `true`; `via` and `doc` are repeated, one value each, as a form sends them; other lists are comma-separated.
 */
export function writeViewParams(
  values: ViewParamValues,
  into: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  for (const name of ORDER) {
    const value = values[name];
    if (value === undefined || value === '' || value === false) continue;
    if (value === true) into.set(name, writeFlag(true));
    else if (name === 'via' || name === 'doc')
      for (const v of value as string[]) into.append(name, v);
    else if (Array.isArray(value)) {
      if (value.length) into.set(name, value.join(','));
    } else into.set(name, String(value));
  }
  return into;
}
