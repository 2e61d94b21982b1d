// The shipped essay graph: every claim backed verbatim, every entity mentioned, one component, no boilerplate.
import { connectedComponents } from 'graphology-components';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCorpus } from '../../graph/audit.js';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { ESSAY_CORPUS, essayPage } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const page = essayPage();
const BOILERPLATE = [
  'advertisement',
  'story continues below',
  'read more about the author',
  'comments',
  'postmedia',
];

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

describe('the essay graph', () => {
  it('should have the expected scale', () => {
    const kinds = essay.corpus.entities.map((e) => e.kind);
    expect(essay.corpus.entities.length).toBeGreaterThanOrEqual(55);
    expect(kinds.filter((k) => k === 'event').length).toBeGreaterThanOrEqual(10);
    expect(essay.corpus.relations.length).toBeGreaterThanOrEqual(90);
  });

  it('should back every relation with quotes found verbatim in the essay as received', () => {
    const { text } = essay.corpus.documents[0]!.article;
    essay.graph.forEachEdge((edge, attrs) => {
      expect(attrs.evidence.length, edge).toBeGreaterThan(0);
      for (const e of attrs.evidence) {
        expect(page, edge).toContain(e.quote);
        expect(text.slice(e.start, e.end), edge).toBe(e.quote);
        const sentence = essay.corpus.documents[0]!.article.sentences[e.sentence]!;
        expect(sentence.text, edge).toContain(
          e.quote.slice(0, Math.min(e.quote.length, sentence.end - e.start)),
        );
      }
    });
  });

  it('should mention every entity in the article at least once', () => {
    essay.graph.forEachNode((id, attrs) => {
      expect(attrs.mentions.length, id).toBeGreaterThan(0);
      for (const m of attrs.mentions)
        expect(essay.corpus.documents[0]!.article.text.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it('should make no entity of page boilerplate', () => {
    essay.graph.forEachNode((id, attrs) => {
      for (const name of [attrs.label, ...attrs.aliases].map((n) => n.toLowerCase())) {
        expect(BOILERPLATE, id).not.toContain(name);
      }
    });
  });

  it('should be one connected component', () => {
    const components = connectedComponents(essay.graph);
    expect(components.map((c) => c.length).sort((a, b) => b - a)).toEqual([essay.graph.order]);
  });

  it('should give every event a time and label every entity in proper case', () => {
    essay.graph.forEachNode((id, attrs) => {
      if (attrs.kind === 'event') expect(attrs.time, id).not.toBeNull();
      expect(attrs.label, id).not.toBe(attrs.label.toLowerCase());
    });
  });

  it('should find each entity by each of its aliases and names', () => {
    essay.graph.forEachNode((id, attrs) => {
      for (const name of [attrs.label, ...attrs.aliases, ...attrs.names]) {
        const ids = essay.index.search(name, 5).map((r) => r.id);
        expect(ids, `${name} → ${id}`).toContain(id);
      }
    });
  });

  it('should leave no open audit finding', () => {
    const report = auditCorpus(essay.corpus);
    expect(report.open.map((f) => f.message)).toEqual([]);
  });
});
