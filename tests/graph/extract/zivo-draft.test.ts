// The Zivo essay's draft, merged into its annotations (and alone, with no registry), passes the loader's validation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCorpusFiles } from '../../../graph/corpus/assemble.js';
import {
  parseDocument,
  parseRegistry,
  type DocumentFiles,
} from '../../../graph/corpus/parse-document.js';
import { draftAnnotations, mergeDraft } from '../../../graph/extract/index.js';

const DOC = new URL('../../../corpus/zivo-russia-china/', import.meta.url);
const essay = { name: 'essay.txt', content: readFileSync(new URL('essay.txt', DOC), 'utf8') };
const annotations = {
  name: 'annotations.yaml',
  content: readFileSync(new URL('annotations.yaml', DOC), 'utf8'),
};
const registryFile = {
  name: 'entities.yaml',
  content: readFileSync(new URL('../entities.yaml', DOC), 'utf8'),
};
const files = (content: string): DocumentFiles => ({
  slug: 'zivo-russia-china',
  essay,
  annotations: { name: 'annotations.yaml', content },
});

describe('the Zivo essay drafted', () => {
  const parsed = parseDocument(files(annotations.content));
  const registry = parseRegistry(registryFile).data.entities;

  it('merged into the reviewed annotations (the re-import case), loads without a problem', () => {
    const draft = draftAnnotations({
      article: parsed.article,
      registry,
      localAliases: parsed.data.localAliases,
      existing: parsed.data,
    });
    expect(draft.relations.length).toBeGreaterThan(10);
    const merged = mergeDraft(parsed.data, draft);
    const corpus = parseCorpusFiles({
      registry: registryFile,
      documents: [files(stringify(merged))],
    });
    expect(corpus.relations.length).toBeGreaterThanOrEqual(parsed.data.relations.length);
  });

  it('alone, with no registry, loads as a document of its own, and accepted whole makes a graph', () => {
    const empty = { ...parsed.data, entities: [], localAliases: {}, relations: [], audit: [] };
    const draft = draftAnnotations({
      article: parsed.article,
      registry: [],
      localAliases: {},
      existing: empty,
    });
    const { author: _author, ...rest } = mergeDraft(empty, draft);
    const author = draft.entities.find((e) => e.kind === 'person')!.id;
    const load = (annotations: typeof rest) =>
      parseCorpusFiles({
        registry: null,
        documents: [files(stringify({ ...annotations, author }))],
      });
    // Drafts are declared and checked, but only what a person accepts is in the graph.
    expect(load(rest).relations).toEqual([]);
    const accept = <T extends object>(items: T[]) =>
      items.map((item) => ({ ...item, status: 'accepted' as const }));
    const accepted = load({
      ...rest,
      entities: accept(rest.entities),
      relations: accept(rest.relations),
    });
    expect(accepted.entities.length).toBeGreaterThan(20);
    expect(accepted.relations.length).toBe(rest.relations.length);
  });
});
