// The progress bar in the studio's header: "37 of 80 reviewed", as words and as a progressbar.
import { byId } from '../../views/dom.js';
import { progressWords, type Progress } from '../state/review-status.js';

export function drawProgress(progress: Progress): void {
  const bar = byId('progress-bar');
  byId('progress-words').textContent = progressWords(progress);
  bar.setAttribute('aria-valuemax', String(progress.total));
  bar.setAttribute('aria-valuenow', String(progress.reviewed));
  const share = progress.total ? progress.reviewed / progress.total : 0;
  byId('progress-fill').style.width = `${(share * 100).toFixed(1)}%`;
}
