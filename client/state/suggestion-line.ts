// A one-line query with one of its names replaced by a "Did you mean" suggestion, so the chip can ask again.
import { formatPathQuery } from '../../graph/query/format-line.js';
import { askedRequest } from './path-filters.js';

/**
 * The line with the name the problem was about (`from`, `to` or `via`; a waypoint is found by its quoted name
 * in the problem's detail) replaced by `id`; null when the line does not parse.
 */
export function withSuggestion(
  line: string,
  parameter: string | undefined,
  detail: string,
  id: string,
): string | null {
  const asked = askedRequest({ type: 'line', line });
  if (!asked) return null;
  if (parameter === 'to') return formatPathQuery({ ...asked, to: id });
  if (parameter === 'via' && asked.via?.length) {
    const named = asked.via.findIndex((v) => detail.includes(`"${v}"`));
    const index = Math.max(0, named);
    return formatPathQuery({ ...asked, via: asked.via.map((v, i) => (i === index ? id : v)) });
  }
  return formatPathQuery({ ...asked, from: id });
}
