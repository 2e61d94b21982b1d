// Keeps the edit token an edit link brings (`#token=…`) for this tab, out of the address bar, for the writes to send.
import { EDIT_LINK_KEY, TOKEN68 } from '../contract/edit-token.js';

/** The sessionStorage key: the token lives as long as the tab, and no other tab or site sees it. */
export const EDIT_TOKEN_KEY = 'essay-graph:edit-token';

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Where the token comes from and goes: the browser's own by default, stand-ins in tests. */
export interface TokenPlaces {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: TokenStorage;
}

/**
 * Run first thing on start: when the address holds `#token=…`, keeps the token for the tab and takes it out of the
 * address bar (replaceState, so no history entry holds it either), leaving the rest of the URL as it was.
 * Returns the token taken, or null when the address held none.
 */
export function takeEditTokenFromUrl(places: TokenPlaces = browserPlaces()): string | null {
  const { token, found, rest } = splitEditToken(places.location.hash);
  if (!found) return null;
  const { pathname, search } = places.location;
  places.history.replaceState(places.history.state, '', `${pathname}${search}${rest}`);
  if (token !== null) keep(places.storage, token);
  return token;
}

/** The tab's edit token, or null: writes are then refused (401), reads work as ever. */
export function editToken(storage: TokenStorage = tabStorage()): string | null {
  try {
    const token = storage.getItem(EDIT_TOKEN_KEY);
    return token !== null && TOKEN68.test(token) ? token : null;
  } catch {
    return null;
  }
}

/** The header a write sends: `Authorization: Bearer <token>`, or none without a token. */
export function authorizationHeader(storage: TokenStorage = tabStorage()): Record<string, string> {
  const token = editToken(storage);
  return token === null ? {} : { Authorization: `Bearer ${token}` };
}

/**
 * Splits `#token=abc&x=1` into the token and what else the fragment held (`#x=1`). Every `token=` part is taken
 * out, even one that is not a valid token, so a mangled link leaves no secret in the address bar either.
 */
export function splitEditToken(hash: string): {
  token: string | null;
  found: boolean;
  rest: string;
} {
  const parts = hash.replace(/^#/, '').split('&');
  const isToken = (part: string) => part.startsWith(`${EDIT_LINK_KEY}=`);
  const taken = parts.filter(isToken);
  const others = parts.filter((part) => part !== '' && !isToken(part));
  const values = taken.map((part) => decoded(part.slice(EDIT_LINK_KEY.length + 1)));
  const token = values.reverse().find((value) => value !== null && TOKEN68.test(value)) ?? null;
  return { token, found: taken.length > 0, rest: others.length > 0 ? `#${others.join('&')}` : '' };
}

/** decodeURIComponent, not URLSearchParams: a `+` in a token is a plus, not a space. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function keep(storage: TokenStorage, token: string): void {
  try {
    storage.setItem(EDIT_TOKEN_KEY, token);
  } catch {
    // Refused (storage full or disabled): the page then writes without a token and is told so (401).
  }
}

const inMemory = new Map<string, string>();

/** sessionStorage, with a copy in memory for the page where the browser refuses storage (disabled, some frames). */
function tabStorage(): TokenStorage {
  const session = () => window.sessionStorage;
  return {
    getItem: (key) => attempt(() => session().getItem(key)) ?? inMemory.get(key) ?? null,
    setItem: (key, value) => {
      inMemory.set(key, value);
      attempt(() => session().setItem(key, value));
    },
  };
}

function attempt<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}

function browserPlaces(): TokenPlaces {
  return { location: window.location, history: window.history, storage: tabStorage() };
}
