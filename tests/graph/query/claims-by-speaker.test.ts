// Claims by speaker on the real essay: every relation Hegseth, Wyne, Vance and Mao assert, grouped, in essay order.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import { authorOf, claimsBySpeaker, isClaim } from '../../../graph/query/claims-by-speaker.js';
import { ESSAY_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

let essay: LoadedEssay;
let author: string | null;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
  author = authorOf(essay.graph, essay.graph.getAttribute('author'));
});

/** Every edge the corpus attributes to `speaker`, counted straight from the graph. */
const assertedBy = (speaker: string) =>
  essay.graph.filterEdges((_, a) => a.assertedBy === speaker).sort();

describe('claimsBySpeaker', () => {
  it('should find the author from the byline', () => {
    expect(author).toBe('adam-zivo');
  });

  it("should list all of Pete Hegseth's and Ali Wyne's relations, facts they state included", () => {
    for (const speaker of ['pete-hegseth', 'ali-wyne']) {
      const [group, ...rest] = claimsBySpeaker(essay.graph, { author, speaker });
      expect(rest).toEqual([]);
      expect(group!.speaker.id).toBe(speaker);
      expect(group!.claims.map((c) => c.edge).sort()).toEqual(assertedBy(speaker));
    }
    const hegseth = claimsBySpeaker(essay.graph, { author, speaker: 'pete-hegseth' })[0]!;
    expect(hegseth.claims).toHaveLength(4);
    expect(hegseth.claims.map((c) => c.modality)).toContain('fact');
  });

  it("should keep the author's claims but not the essay's plain narration", () => {
    const [zivo] = claimsBySpeaker(essay.graph, { author, speaker: 'adam-zivo' });
    expect(zivo!.claims.length).toBeGreaterThan(0);
    expect(zivo!.claims.every((c) => c.modality !== 'fact')).toBe(true);
    expect(isClaim({ assertedBy: 'adam-zivo', modality: 'fact' }, author)).toBe(false);
    expect(isClaim({ assertedBy: 'ali-wyne', modality: 'fact' }, author)).toBe(true);
  });

  it('should group every claim once, speakers with most claims first, claims in essay order', () => {
    const groups = claimsBySpeaker(essay.graph, { author });
    const counts = groups.map((g) => g.claims.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const all = groups.flatMap((g) => g.claims.map((c) => c.edge));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(essay.graph.filterEdges((_, a) => isClaim(a, author)).length);
    for (const g of groups) {
      const starts = g.claims.map((c) => Math.min(...c.evidence.map((e) => e.start)));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const c of g.claims)
        for (const e of c.evidence)
          expect(essay.corpus.documents[0]!.article.text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(groups.map((g) => g.speaker.id)).toEqual(
      expect.arrayContaining(['pete-hegseth', 'ali-wyne', 'j-d-vance', 'mao-zedong']),
    );
  });

  it('should answer nothing for a speaker who asserts nothing', () => {
    expect(claimsBySpeaker(essay.graph, { author, speaker: 'china' })).toEqual([]);
  });
});
