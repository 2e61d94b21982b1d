// The "Claims by speaker" dialog: who asserts what, with quotes, narrowed to one speaker from a list.
import { behaveAsModal } from './modal.js';
import {
  authorOf,
  claimsBySpeaker,
  type SpeakerClaims,
} from '../../graph/query/claims-by-speaker.js';
import type { Store } from '../state/store.js';
import type { ArticleLookup, Evidence, ExplorerGraph } from '../types.js';
import { claimItem } from './claim-item.js';
import { byId, h, replaceChildren } from './dom.js';
import { quoteInSentence } from './quote.js';

/** The value of the speaker list's first option: every speaker. */
const ALL = '';

export function createClaimsDialog(
  opener: HTMLElement,
  store: Store,
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  signal: AbortSignal,
): void {
  const dialog = byId<HTMLDialogElement>('claims-dialog');
  const speaker = byId<HTMLSelectElement>('claims-speaker');
  const body = byId('claims-body');
  // The graph does not change while the page lives: the grouping is computed once, on first opening.
  let groups: SpeakerClaims[] | null = null;

  const render = () => {
    const shown = groups!.filter((g) => speaker.value === ALL || g.speaker.id === speaker.value);
    // Each claim is quoted from its own document's article.
    const quote = (e: Evidence, edge: string) => {
      const doc = graph.getEdgeAttribute(edge, 'doc');
      return quoteInSentence(e, articleOf(doc), doc);
    };
    replaceChildren(
      body,
      shown.map((g) => speakerGroup(g, store.get().year, quote)),
    );
  };

  opener.addEventListener(
    'click',
    () => {
      if (groups === null) {
        groups = claimsBySpeaker(graph, { author: authorOf(graph, graph.getAttribute('author')) });
        fillSpeakers(speaker, groups);
      }
      render();
      dialog.showModal();
      speaker.focus();
    },
    { signal },
  );
  speaker.addEventListener('change', render, { signal });
  // Opening an entity, a relation or a sentence from the list shows it in the explorer behind.
  body.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest('[data-node],[data-edge],[data-sentence]'))
        dialog.close();
    },
    { signal },
  );
  behaveAsModal(dialog, opener, signal);
}

/** "All speakers (38)", then each speaker with their count, most claims first. */
function fillSpeakers(select: HTMLSelectElement, groups: SpeakerClaims[]): void {
  const total = groups.reduce((n, g) => n + g.claims.length, 0);
  replaceChildren(
    select,
    h('option', { value: ALL }, `All speakers (${total})`),
    groups.map((g) =>
      h('option', { value: g.speaker.id }, `${g.speaker.label} (${g.claims.length})`),
    ),
  );
}

function speakerGroup(
  group: SpeakerClaims,
  year: number | null,
  quote: (evidence: Evidence, edge: string) => HTMLElement,
): HTMLElement {
  return h(
    'section',
    { class: 'speaker-group', 'data-speaker': group.speaker.id },
    h('h3', { class: 'section-title' }, `${group.speaker.label} (${group.claims.length})`),
    h(
      'ul',
      { class: 'relation-list' },
      group.claims.map((c) => claimItem(c, year, (e) => quote(e, c.edge))),
    ),
  );
}
