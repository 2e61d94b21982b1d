// The one-line query syntax written back from a request: the inverse of parsePathQuery (graph/query/syntax.ts).
import type { PathRequest } from './types.js';

/** `mao -> khrushchev k=3 facts`: names joined by arrows, then the options that are set, in a fixed order. */
export function formatPathQuery(request: PathRequest): string {
  const names = [request.from, ...(request.via ?? []), request.to];
  const options: string[] = [];
  if (request.k !== undefined) options.push(`k=${request.k}`);
  if (request.maxHops !== undefined) options.push(`maxHops=${request.maxHops}`);
  if (request.at !== undefined) options.push(`at=${request.at}`);
  if (request.facts) options.push('facts');
  if (request.directed) options.push('directed');
  if (request.relations?.length) options.push(`relations=${request.relations.join(',')}`);
  if (request.avoidKinds?.length) options.push(`avoid=${request.avoidKinds.join(',')}`);
  return [names.join(' -> '), ...options].join(' ');
}
