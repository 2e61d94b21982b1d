// The other relations a path hop could stand for between the same two entities: folded, counted, each quoted.
import { assertedBy } from './asserted-by.js';
import { badges } from './badges.js';
import { clauseLine } from './clause-line.js';
import { h } from './dom.js';
import type { Evidence, PathHop, PathNode } from '../types.js';

/** "+11 more relations": the count is on the fold, so a reader knows what the hop's one line leaves out. */
function moreRelationsLabel(count: number): string {
  return `+${count} more ${count === 1 ? 'relation' : 'relations'}`;
}

/**
 * A hop shows its best relation (graph/query/hops.ts); the others the filters allowed come folded under it,
 * each with its reading, badges, speaker and quotes. Null when the hop has no other relation.
 */
export function parallelRelations(
  hop: PathHop,
  from: PathNode,
  to: PathNode,
  quote: (evidence: Evidence, doc: string) => HTMLElement,
  labelOf: (id: string) => string | null,
): HTMLElement | null {
  if (hop.parallel.length === 0) return null;
  return h(
    'details',
    { class: 'parallel' },
    h('summary', { class: 'parallel-summary' }, moreRelationsLabel(hop.parallel.length)),
    h(
      'ul',
      { class: 'parallel-list' },
      hop.parallel.map((relation) =>
        h(
          'li',
          { class: 'parallel-item', 'data-edge-key': relation.edge },
          h(
            'p',
            { class: 'hop-line' },
            clauseLine(relation.clause, relation.polarity, (_id, text) => h('span', {}, text)),
          ),
          badges(relation, null),
          assertedBy(relation.assertedBy, labelOf),
          relation.evidence.map((e) => quote(e, relation.doc)),
        ),
      ),
    ),
  );
}
