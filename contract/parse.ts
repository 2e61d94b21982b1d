// Reads a query (Express's parsed query, URLSearchParams or CLI options) with a contract schema: typed, or one clear error.
import type { z } from 'zod';
import { InvalidInputError } from '../graph/errors.js';
import type { ExportParams } from './schemas.js';

/** The query as a plain record: a repeated parameter becomes an array, as Express parses it. */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    record[name] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** The query `schema` reads, or an InvalidInputError naming the first parameter at fault. */
export function parseParams<S extends z.ZodType>(
  schema: S,
  query: URLSearchParams | unknown,
): z.infer<S> {
  const parsed = schema.safeParse(query instanceof URLSearchParams ? queryRecord(query) : query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // An unknown parameter has an empty path: name the parameter itself.
  const parameter =
    issue.code === 'unrecognized_keys'
      ? issue.keys[0]
      : issue.path.map(String).join('.') || undefined;
  const detail = parameter ? `Parameter \`${parameter}\`: ${issue.message}` : issue.message;
  throw new InvalidInputError(detail, parameter);
}

/** The rules between an export's parameters: a path needs both ends; a view is a path or a neighbourhood. */
export function checkExportParams(params: ExportParams): void {
  const { from, to, via } = params;
  const refuse = (parameter: string, message: string) => {
    throw new InvalidInputError(`Parameter \`${parameter}\`: ${message}`, parameter);
  };
  if (from !== undefined && to === undefined)
    refuse('to', 'give where the path ends, or drop `from`.');
  if (to !== undefined && from === undefined)
    refuse('from', 'give where the path starts, or drop `to`.');
  if (via?.length && from === undefined) refuse('via', 'waypoints need `from` and `to`.');
  if (params.path !== undefined && from === undefined)
    refuse('path', 'choosing a path needs `from` and `to`.');
  if (params.focus !== undefined && from !== undefined)
    refuse('focus', 'a view is either a path or a neighbourhood; drop `focus` or `from`/`to`.');
  if (params.depth !== undefined && params.focus === undefined)
    refuse('depth', 'give the `focus` entity it counts from.');
}
