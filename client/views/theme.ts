// Light and dark themes: follows prefers-color-scheme until the reader picks one with the toggle (remembered).
import type { Theme } from '../types.js';

export const LIGHT: Theme = {
  dark: false,
  label: '#1d2430',
  halo: 'rgba(255,255,255,0.9)',
  shadow: 'rgba(15,23,42,0.25)',
  dimNode: '#dfe3e9',
  dimEdge: '#eceff3',
  hoverBackground: '#ffffff',
  hoverText: '#0f172a',
};

export const DARK: Theme = {
  dark: true,
  label: '#e6e9ef',
  halo: 'rgba(17,20,26,0.9)',
  shadow: 'rgba(0,0,0,0.6)',
  dimNode: '#323844',
  dimEdge: '#262b34',
  hoverBackground: '#232834',
  hoverText: '#f4f6fa',
};

const STORAGE_KEY = 'essay-graph-theme';
type Choice = 'light' | 'dark' | null;

export interface ThemeControl {
  current(): Theme;
  toggle(): void;
  onChange(listener: (theme: Theme) => void): void;
  /** Stops following the system setting and drops the listeners. */
  dispose(): void;
}

export function createThemeControl(): ThemeControl {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const listeners: ((theme: Theme) => void)[] = [];
  let choice = readChoice();
  const isDark = () => (choice ? choice === 'dark' : media.matches);
  const apply = () => {
    document.documentElement.dataset.theme = isDark() ? 'dark' : 'light';
    for (const listener of listeners) listener(isDark() ? DARK : LIGHT);
  };
  media.addEventListener('change', apply);
  apply();
  return {
    current: () => (isDark() ? DARK : LIGHT),
    toggle() {
      choice = isDark() ? 'light' : 'dark';
      try {
        localStorage.setItem(STORAGE_KEY, choice);
      } catch {
        // Storage may be disabled (private mode): the choice then lasts for this page only.
      }
      apply();
    },
    onChange: (listener) => listeners.push(listener),
    dispose() {
      media.removeEventListener('change', apply);
      listeners.length = 0;
    },
  };
}

function readChoice(): Choice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}
