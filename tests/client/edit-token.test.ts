// The page's side of the edit link: the token is kept for the tab and leaves the address bar, the rest stays.
import { describe, expect, it } from 'vitest';
import {
  authorizationHeader,
  EDIT_TOKEN_KEY,
  editToken,
  splitEditToken,
  takeEditTokenFromUrl,
  type TokenStorage,
} from '../../client/edit-token.js';

const TOKEN = 'k3Wq9-vJ_2xYtB7mRzL0aPcN5sDfGhE4uIoU8nTwXy1';

function memoryStorage(): TokenStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** A location, a history that records its replaceState calls, and a storage: the browser's, as plain objects. */
function placesAt(url: string, storage: TokenStorage = memoryStorage()) {
  const { pathname, search, hash } = new URL(url, 'http://localhost:3000');
  const replaced: { state: unknown; url: string }[] = [];
  const history = {
    state: { restored: true } as unknown,
    replaceState: (state: unknown, _unused: string, next?: string | URL | null) =>
      void replaced.push({ state, url: String(next) }),
  };
  return { places: { location: { pathname, search, hash }, history, storage }, replaced, storage };
}

describe('takeEditTokenFromUrl', () => {
  it('should keep the token for the tab and take it out of the address bar', () => {
    const { places, replaced, storage } = placesAt(`/?from=mao&to=china#token=${TOKEN}`);
    expect(takeEditTokenFromUrl(places)).toBe(TOKEN);
    expect(storage.getItem(EDIT_TOKEN_KEY)).toBe(TOKEN);
    // The history entry is replaced, not added: Back does not bring the token back; the state is kept.
    expect(replaced).toEqual([{ state: { restored: true }, url: '/?from=mao&to=china' }]);
  });

  it('should keep whatever else the fragment held', () => {
    const { places, replaced } = placesAt(`/#section=claims&token=${TOKEN}&x=1`);
    expect(takeEditTokenFromUrl(places)).toBe(TOKEN);
    expect(replaced[0]!.url).toBe('/#section=claims&x=1');
  });

  it('should leave an address without a token untouched, and the stored token too', () => {
    const storage = memoryStorage();
    storage.setItem(EDIT_TOKEN_KEY, TOKEN);
    const { places, replaced } = placesAt('/?from=mao#claims', storage);
    expect(takeEditTokenFromUrl(places)).toBeNull();
    expect(replaced).toEqual([]);
    expect(editToken(storage)).toBe(TOKEN);
  });

  it('should take a mangled token out of the address bar too, but not keep it', () => {
    const storage = memoryStorage();
    const { places, replaced } = placesAt('/#token=not%20a%20token', storage);
    expect(takeEditTokenFromUrl(places)).toBeNull();
    expect(replaced[0]!.url).toBe('/');
    expect(storage.items.size).toBe(0);
  });

  it('should still clean the address when storage refuses the token', () => {
    const refusing: TokenStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { places, replaced } = placesAt(`/#token=${TOKEN}`, refusing);
    expect(takeEditTokenFromUrl(places)).toBe(TOKEN);
    expect(replaced[0]!.url).toBe('/');
  });
});

describe('splitEditToken', () => {
  it.each([
    ['', null, false, ''],
    ['#claims', null, false, '#claims'],
    [`#token=${TOKEN}`, TOKEN, true, ''],
    ['#token=a%2Bb%2Fc%3D', 'a+b/c=', true, ''],
    ['#token=a+b', 'a+b', true, ''],
    ['#token=%E0%A4%A', null, true, ''],
    ['#token=', null, true, ''],
    ['#a=1&token=first&token=second&b=2', 'second', true, '#a=1&b=2'],
  ])('should split %j', (hash, token, found, rest) => {
    expect(splitEditToken(hash)).toEqual({ token, found, rest });
  });
});

describe('editToken and authorizationHeader', () => {
  it('should give the Bearer header with a token, and no header without', () => {
    const storage = memoryStorage();
    expect(editToken(storage)).toBeNull();
    expect(authorizationHeader(storage)).toEqual({});
    storage.setItem(EDIT_TOKEN_KEY, TOKEN);
    expect(authorizationHeader(storage)).toEqual({ Authorization: `Bearer ${TOKEN}` });
  });

  it('should ignore a stored value that could not travel in a header', () => {
    const storage = memoryStorage();
    storage.setItem(EDIT_TOKEN_KEY, 'tampered with\nnewline');
    expect(authorizationHeader(storage)).toEqual({});
  });

  it('should answer null when storage cannot be read', () => {
    const broken: TokenStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(editToken(broken)).toBeNull();
  });
});
