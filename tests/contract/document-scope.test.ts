// The one rule for a link's documents: doc=* is all, doc=<slug> those named, no doc the documents that predate scoping.
import { describe, expect, it } from 'vitest';
import {
  apiScopeOf,
  linkScopeOf,
  readExplorerParams,
  resolveScope,
  writeExplorerParams,
} from '../../contract/explorer-url.js';

const LEGACY = { slug: 'secret-speech' };
const ADDED = { slug: 'mao-and-moscow', added: '2026-12-01T10:00:00.000Z' };
const CORPUS = [LEGACY, ADDED];

const scopeOf = (search: string, documents = CORPUS) =>
  resolveScope(readExplorerParams(search).doc, documents);

describe('document scope of a link', () => {
  it('should read a link without doc as the documents that predate scoping', () => {
    expect(scopeOf('?node=mao-zedong')).toEqual(['secret-speech']);
    expect(scopeOf('?year=1956', [{ slug: 'zivo-russia-china' }])).toEqual(['zivo-russia-china']);
  });

  it('should read it as every document when each has an added date', () => {
    expect(scopeOf('?node=mao-zedong', [ADDED])).toBeNull();
  });

  it('should read doc=* as every document, and named slugs as those the corpus holds', () => {
    expect(scopeOf('?doc=*')).toBeNull();
    expect(scopeOf('?doc=mao-and-moscow&doc=gone')).toEqual(['mao-and-moscow']);
    expect(scopeOf('?doc=mao-and-moscow,secret-speech')).toEqual([
      'secret-speech',
      'mao-and-moscow',
    ]);
    // Naming only documents that are gone is saying nothing: the legacy documents.
    expect(scopeOf('?doc=gone')).toEqual(['secret-speech']);
  });

  it('should write every scope explicitly, so a copied link keeps its meaning', () => {
    const written = (scope: readonly string[] | null) =>
      writeExplorerParams({ ...readExplorerParams(''), doc: linkScopeOf(scope) }).toString();
    expect(written(null)).toBe('doc=*');
    expect(written(['secret-speech', 'mao-and-moscow'])).toBe(
      'doc=secret-speech&doc=mao-and-moscow',
    );
    expect(scopeOf(`?${written(['mao-and-moscow'])}`)).toEqual(['mao-and-moscow']);
  });

  it("should ask the API without doc when the scope covers every document (the API's default)", () => {
    expect(apiScopeOf(null, CORPUS)).toBeUndefined();
    expect(apiScopeOf(['secret-speech', 'mao-and-moscow'], CORPUS)).toBeUndefined();
    expect(apiScopeOf(['secret-speech'], CORPUS)).toEqual(['secret-speech']);
  });
});
