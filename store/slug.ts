// Document slugs: the folder names of a corpus, made from titles, unique, and safe to use as a path segment.
import slugify from '@sindresorhus/slugify';
// The grammar (isSlug) is the core's, graph/document-slug.ts: the routes and the loader check slugs by it too.
import { isSlug, SLUG_MAX_LENGTH as MAX_SLUG_LENGTH } from '../graph/document-slug.js';
import { StoreError } from './errors.js';

/** The slug of a title with nothing usable in it (no Latin letter or digit, even after transliteration). */
export const FALLBACK_SLUG = 'document';

/**
 * The slug of `title`, unique among `taken`: transliterated to Latin letters (Cyrillic, Greek, accented letters…;
 * scripts the transliteration table lacks drop out), lower-cased, cut to fit, then `-2`, `-3`… until free.
 */
export function slugFor(title: string, taken: ReadonlySet<string>): string {
  const base = baseSlug(title);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = cut(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

function baseSlug(title: string): string {
  // decamelize off: "iPhone" stays "iphone", not "i-phone".
  const slug = slugify(title, { decamelize: false })
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? FALLBACK_SLUG : cut(slug, MAX_SLUG_LENGTH);
}

/** `slug` in at most `max` characters, cut at a hyphen when that keeps at least half of it, never ending in one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const hard = slug.slice(0, max);
  const lastHyphen = hard.lastIndexOf('-');
  const atWord =
    slug[max] === '-' ? hard : lastHyphen >= max / 2 ? hard.slice(0, lastHyphen) : hard;
  return atWord.replace(/-+$/, '');
}

/** `slug`, if it is one (a path segment a folder may be named): else the store's `invalid-name` error. */
export function checkSlug(slug: string): string {
  if (!isSlug(slug))
    throw new StoreError(
      'invalid-name',
      `${JSON.stringify(slug)} is not a slug (a-z, 0-9 and single hyphens)`,
    );
  return slug;
}
