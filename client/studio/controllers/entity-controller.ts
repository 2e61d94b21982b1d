// Entities from the text: the card of a clicked name (accept, reject, merge) and the dialog of the selected words.
import { searchEntities } from '../../api.js';
import type { NewEntity } from '../../../contract/annotations.js';
import { foldName } from '../../../graph/name-key.js';
import { watch } from '../../state/watch.js';
import { byId } from '../../views/dom.js';
import type { EntityHit } from '../../types.js';
import { displayFormOf } from './text-controller.js';
import { decideEntity } from '../state/review-status.js';
import { entityById, openEntity, spanText } from '../state/text-selection.js';
import type { StudioState } from '../state/studio-state.js';
import { createEntityCard } from '../views/entity-card.js';
import { createEntityDialog } from '../views/entity-dialog.js';
import type { StudioContext } from './studio-context.js';

export function connectEntities(ctx: StudioContext): { addFromSelection(): void } {
  const { store, sync, disposer } = ctx;
  const search = (q: string, signal: AbortSignal) => searchBoth(store.get(), q, signal);
  const card = createEntityCard(
    byId('entity-card'),
    {
      accept: (id) => void sync.send(decideEntity(id, 'accepted', labelOf(store.get(), id))),
      reject: (id) => void sync.send(decideEntity(id, 'rejected', labelOf(store.get(), id))),
      mergeInto: (id, into) =>
        void sync.send(
          {
            type: 'patch-entity',
            id,
            body: { mergeInto: into.id },
            said: `Merged ${labelOf(store.get(), id)} into ${into.label}`,
          },
          openEntity(null),
        ),
      close: () => store.update((s) => ({ ...s, picked: null, entity: null })),
      search,
    },
    disposer.signal,
  );
  disposer.add(watch(store, ['entity', 'annotations'], (s) => card.draw(entityById(s, s.entity))));
  const dialog = createEntityDialog(
    { add: (body) => addEntity(ctx, body), search },
    disposer.signal,
  );
  return {
    addFromSelection() {
      const { selection, article } = store.get();
      if (!selection || !article) return ctx.tell('Select the words that name the entity first.');
      dialog.open(
        spanText(article, selection),
        displayFormOf(store.get()).slice(selection.start, selection.end),
      );
    },
  };
}

async function addEntity(ctx: StudioContext, body: NewEntity): Promise<string | null> {
  const said = 'linkTo' in body ? `“${body.alias}” names ${body.linkTo}` : `Added ${body.label}`;
  return ctx.sync.send({ type: 'new-entity', body, said });
}

function labelOf(state: StudioState, id: string): string {
  return entityById(state, id)?.label ?? id;
}

/** The document's own entities first (drafts are in no search index yet), then the corpus's. */
async function searchBoth(
  state: StudioState,
  q: string,
  signal: AbortSignal,
): Promise<EntityHit[]> {
  const folded = foldName(q);
  const own: EntityHit[] = (state.annotations?.entities ?? [])
    .filter(
      (e) =>
        foldName(e.label).includes(folded) || e.aliases.some((a) => foldName(a).includes(folded)),
    )
    .map((e) => ({ id: e.id, label: e.label, kind: e.kind, score: 1, matched: e.label }));
  const found = await searchEntities(q, undefined, signal).catch(() => []);
  return [...own, ...found.filter((hit) => !own.some((o) => o.id === hit.id))].slice(0, 10);
}
