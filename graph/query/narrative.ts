// A path told in plain words: one clause per hop, read in the direction of travel, with numbered citations.
import type { TimeSpan } from '../types.js';
import type { PathHop, PathNode } from './types.js';

/** Names an entity id (for `assertedBy`); falls back to the id itself. */
export type NameOf = (id: string) => string;

/**
 * "Mao Zedong denounced Nikita Khrushchev (from 1956) [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2]."
 * Citation [n] is hop n's evidence. Claims say who makes them; hypotheticals and questions say what they are,
 * so a narrative never states as fact what the essay only supposes or asks.
 */
export function narratePath(nodes: PathNode[], hops: PathHop[], nameOf: NameOf): string {
  if (hops.length === 0) return nodes[0] ? `${nodes[0].label}.` : '';
  const clauses = hops.map((hop, i) => clause(nodes[i]!, nodes[i + 1]!, hop, nameOf, i + 1));
  const text = clauses.join('; ') + '.';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clause(from: PathNode, to: PathNode, hop: PathHop, nameOf: NameOf, n: number): string {
  const when = hop.time ? ` (${formatTime(hop.time)})` : '';
  const core = `${from.label} ${hop.label} ${to.label}${when}`;
  switch (hop.modality) {
    case 'claim':
      return `according to ${nameOf(hop.assertedBy)}, ${core} [${n}]`;
    case 'hypothetical':
      return `${core} (hypothetically) [${n}]`;
    case 'question':
      return `${core} (asked, not stated) [${n}]`;
    default:
      return `${core} [${n}]`;
  }
}

export function formatTime(time: TimeSpan): string {
  const { start, end } = time;
  if (start !== null && end !== null) return start === end ? `${start}` : `${start}–${end}`;
  if (start !== null) return `from ${start}`;
  if (end !== null) return `until ${end}`;
  return 'undated';
}
