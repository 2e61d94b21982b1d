// The toolbar over the text while words are selected: add them as an entity, or use them as the evidence edited.
import { byId } from '../../views/dom.js';

export interface SelectionActions {
  addEntity(): void;
  useAsEvidence(): void;
}

export interface SelectionBar {
  /** `words` selected (null: none); `editing` shows "use as evidence". */
  draw(words: string | null, editing: boolean): void;
}

export function createSelectionBar(actions: SelectionActions, signal: AbortSignal): SelectionBar {
  const bar = byId('studio-selection');
  const use = byId('studio-use-evidence');
  // mousedown would collapse the selection before the click: the buttons keep it.
  for (const id of ['studio-add-entity', 'studio-use-evidence'])
    byId(id).addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  byId('studio-add-entity').addEventListener('click', () => actions.addEntity(), { signal });
  use.addEventListener('click', () => actions.useAsEvidence(), { signal });
  return {
    draw(words, editing) {
      bar.hidden = words === null;
      byId('studio-selection-words').textContent = words === null ? '' : `“${words}”`;
      use.hidden = !editing;
    },
  };
}
