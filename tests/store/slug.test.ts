// Slugs: the grammar, the length limit, uniqueness, transliteration and inputs that try to name a path.
import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_MAX_LENGTH as MAX_SLUG_LENGTH } from '../../graph/document-slug.js';
import { FALLBACK_SLUG, slugFor } from '../../store/slug.js';

const none = new Set<string>();

describe('slugFor', () => {
  it('makes a lower-case hyphenated slug of a title', () => {
    expect(slugFor('Trump will fail to turn Russia against China', none)).toBe(
      'trump-will-fail-to-turn-russia-against-china',
    );
    expect(slugFor("  Putin's  war -- and   NATO's answer!  ", none)).toBe(
      'putins-war-and-natos-answer',
    );
  });

  it('transliterates non-Latin letters', () => {
    expect(slugFor('Война и мир', none)).toBe('voyna-i-mir');
    expect(slugFor('Über die Ökonomie', none)).toBe('ueber-die-oekonomie');
    expect(slugFor('Ελλάδα', none)).toBe('ellada');
  });

  it('falls back to "document", then numbers it', () => {
    expect(slugFor('', none)).toBe(FALLBACK_SLUG);
    expect(slugFor('!!! ??? ...', none)).toBe('document');
    expect(slugFor('🙂', new Set(['document']))).toBe('document-2');
    expect(slugFor('', new Set(['document', 'document-2']))).toBe('document-3');
  });

  it('is unique among the slugs taken', () => {
    const taken = new Set(['china', 'china-2']);
    expect(slugFor('China', taken)).toBe('china-3');
    expect(slugFor('China', new Set(['china-2']))).toBe('china');
  });

  it('turns path-like input into a plain slug', () => {
    expect(slugFor('../x', none)).toBe('x');
    expect(slugFor('a/b', none)).toBe('a-b');
    expect(slugFor('.', none)).toBe('document');
    expect(slugFor('..', none)).toBe('document');
    expect(slugFor('..\\..\\etc\\passwd', none)).toBe('etc-passwd');
  });

  it('keeps at most 80 characters, suffix included, and never ends on a hyphen', () => {
    const long = 'word '.repeat(100);
    const first = slugFor(long, none);
    expect(first.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(isSlug(first)).toBe(true);
    const second = slugFor(long, new Set([first]));
    expect(second).toMatch(/-2$/);
    expect(second.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(isSlug(second)).toBe(true);
    expect(slugFor('x'.repeat(500), none)).toBe('x'.repeat(80));
    expect(slugFor('x'.repeat(500), new Set(['x'.repeat(80)]))).toBe(`${'x'.repeat(78)}-2`);
  });

  it('always returns a slug', () => {
    for (const title of [
      '-a-',
      'A--B',
      'ÆØÅ',
      '北京',
      'a'.repeat(79) + ' b',
      '\u202Eevil',
      '\n\t',
    ]) {
      expect(isSlug(slugFor(title, none)), title).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it('accepts the grammar', () => {
    for (const slug of ['a', 'abc-123', 'x'.repeat(80), 'document-2'])
      expect(isSlug(slug)).toBe(true);
  });

  it('refuses anything that could name another path, or breaks the grammar', () => {
    for (const text of [
      '',
      '.',
      '..',
      '../x',
      'a/b',
      'a\\b',
      '.trash',
      '.staging-a-1',
      '-a',
      'a-',
      'a--b',
    ]) {
      expect(isSlug(text), text).toBe(false);
    }
    for (const text of ['A', 'a b', 'é', 'a\n', 'x'.repeat(81), 'x'.repeat(500)]) {
      expect(isSlug(text), text).toBe(false);
    }
  });
});
