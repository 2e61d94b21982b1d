// The edit token: given or made at start, checked in constant time, carried in a link's fragment.
import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  bearerTokenOf,
  editLink,
  generateEditToken,
  resolveEditToken,
  tokenMatches,
} from '../../server/edit-token.js';

vi.mock('node:crypto', { spy: true });

describe('resolveEditToken', () => {
  it('should use EDIT_TOKEN when given, and say it was not made here', () => {
    const given = 'a-token-of-sixteen-or-more';
    expect(resolveEditToken({ given, readOnly: false })).toEqual({
      token: given,
      generated: false,
    });
  });

  it('should make a token when none is given', () => {
    const { token, generated } = resolveEditToken({ readOnly: false });
    expect(generated).toBe(true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should have no token at all when read-only, even if one is given', () => {
    expect(resolveEditToken({ given: 'a-token-of-sixteen-or-more', readOnly: true })).toEqual({
      token: null,
      generated: false,
    });
  });
});

describe('generateEditToken', () => {
  it('should be 32 random bytes in base64url, new each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, generateEditToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });
});

describe('tokenMatches', () => {
  const token = generateEditToken();

  it('should accept the token and refuse anything else', () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token)).toBe(
      false,
    );
    expect(tokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
  });

  it('should compare equal-length digests with timingSafeEqual, whatever the lengths offered', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    tokenMatches('short', token);
    expect(compare).toHaveBeenCalledTimes(1);
    const [a, b] = compare.mock.calls[0]! as [Buffer, Buffer];
    expect([a.length, b.length]).toEqual([32, 32]);
  });
});

describe('bearerTokenOf', () => {
  it.each([
    ['Bearer abc-DEF_123.~+/=', 'abc-DEF_123.~+/='],
    ['bearer abc', 'abc'],
    ['Bearer  abc ', 'abc'],
  ])('should read %j', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });

  it.each([
    undefined,
    '',
    'Bearer',
    'Bearer ',
    'Basic abc',
    'abc',
    'Bearer a b',
    'Bearer a,b',
    'Bearer é',
  ])('should find no token in %j', (header) => {
    expect(bearerTokenOf(header)).toBeNull();
  });
});

describe('editLink', () => {
  it('should carry the token in the fragment, which browsers never send', () => {
    expect(editLink('http://localhost:3000', 'abc_-')).toBe('http://localhost:3000/#token=abc_-');
    expect(editLink('http://[::1]:8080/', 'a+b/c=')).toBe('http://[::1]:8080/#token=a%2Bb%2Fc%3D');
  });
});
