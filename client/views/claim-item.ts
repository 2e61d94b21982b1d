// One claim as a list item: the relation as a clause, its badges, a link to the relation and its quotes.
import type { Claim } from '../../graph/query/claims-by-speaker.js';
import { capitalize, clauseText } from '../../graph/wording.js';
import { badges } from './badges.js';
import { clauseLine } from './clause-line.js';
import { h, icon } from './dom.js';
import type { Evidence } from '../types.js';

export function claimItem(
  claim: Claim,
  year: number | null,
  quote: (evidence: Evidence) => HTMLElement,
): HTMLElement {
  const entity = (node: Claim['source']) =>
    h(
      'a',
      { href: `?node=${encodeURIComponent(node.id)}`, 'data-node': node.id, class: 'entity-link' },
      node.label,
    );
  return h(
    'li',
    { class: 'claim', 'data-claim': claim.edge },
    h(
      'div',
      { class: 'relation-head' },
      h(
        'p',
        { class: 'hop-line' },
        clauseLine(claim.clause, claim.polarity, (id) =>
          entity(id === claim.source.id ? claim.source : claim.target),
        ),
      ),
      h(
        'a',
        {
          href: `?edge=${encodeURIComponent(claim.edge)}`,
          'data-edge': claim.edge,
          class: 'edge-link',
          'aria-label': `Open the relation: ${capitalize(clauseText(claim.clause))}`,
        },
        icon('arrow'),
      ),
    ),
    badges(claim, year),
    claim.evidence.map(quote),
  );
}
