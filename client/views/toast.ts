// Short messages: a visible toast for actions (link copied) and a polite live region for screen readers.
import { byId } from './dom.js';

let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(message: string): void {
  const el = byId('toast');
  el.textContent = message;
  el.classList.add('visible');
  clearTimeout(timer);
  timer = setTimeout(() => el.classList.remove('visible'), 2400);
}

/** Read out by screen readers without being shown. */
export function announce(message: string): void {
  const el = document.getElementById('announcer');
  if (!el) return;
  // Clearing first makes a repeated message be read again.
  el.textContent = '';
  requestAnimationFrame(() => (el.textContent = message));
}
