// The edit token: the one given in EDIT_TOKEN or one made at start, the edit link that carries it, and its check.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EDIT_LINK_KEY, TOKEN68 } from '../contract/edit-token.js';

/** 32 random bytes: 256 bits, beyond any guessing even without the write rate limit. */
const GENERATED_TOKEN_BYTES = 32;

export interface EditTokenSettings {
  /** EDIT_TOKEN, when given. */
  given?: string | undefined;
  /** READ_ONLY: no token at all, since nothing may be written. */
  readOnly: boolean;
}

export interface ResolvedEditToken {
  /** The token writes must bear; null when the server is read-only. */
  token: string | null;
  /** True when the server made it: only then is the edit link printed (a given token is the operator's secret). */
  generated: boolean;
}

export function resolveEditToken({ given, readOnly }: EditTokenSettings): ResolvedEditToken {
  if (readOnly) return { token: null, generated: false };
  if (given !== undefined) return { token: given, generated: false };
  return { token: generateEditToken(), generated: true };
}

/** base64url: URL-safe as it is, so the edit link needs no escaping. */
export function generateEditToken(): string {
  return randomBytes(GENERATED_TOKEN_BYTES).toString('base64url');
}

/** The link that opens the explorer with edits on: the token rides in the fragment, which no server ever receives. */
export function editLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#${EDIT_LINK_KEY}=${encodeURIComponent(token)}`;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `offered` is the token, in time that does not depend on where they differ: both are hashed first, so
 * timingSafeEqual always compares 32 bytes and not even the token's length leaks.
 */
export function tokenMatches(offered: string, token: string): boolean {
  return timingSafeEqual(digest(offered), digest(token));
}

/** The token of an `Authorization: Bearer <token>` header; null for none, another scheme, or a malformed one. */
export function bearerTokenOf(authorization: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  const token = match?.[1];
  return token !== undefined && TOKEN68.test(token) ? token : null;
}
