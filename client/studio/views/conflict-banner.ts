// The banner a 412 raises: the file changed elsewhere, the annotations were reloaded, the change can be re-applied.
import { byId } from '../../views/dom.js';

export interface ConflictActions {
  reapply(): void;
  dismiss(): void;
}

export interface ConflictBanner {
  /** Shows the banner naming the change that was not applied, or hides it (null). */
  draw(said: string | null): void;
}

export function createConflictBanner(
  actions: ConflictActions,
  signal: AbortSignal,
): ConflictBanner {
  const banner = byId('studio-conflict');
  byId('studio-reapply').addEventListener('click', () => actions.reapply(), { signal });
  byId('studio-dismiss').addEventListener('click', () => actions.dismiss(), { signal });
  return {
    draw(said) {
      banner.hidden = said === null;
      if (said === null) return;
      byId('studio-conflict-words').textContent =
        `The annotations changed elsewhere and were reloaded; your change (${said}) was not applied.`;
    },
  };
}
