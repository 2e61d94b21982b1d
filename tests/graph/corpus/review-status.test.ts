// Loader semantics of review status: drafts and rejected annotations are checked like accepted ones, but stay out.
import { describe, expect, it } from 'vitest';
import {
  corpusOfParts,
  parseCorpusFiles,
  parseCorpusParts,
} from '../../../graph/corpus/assemble.js';
import { parseDocument } from '../../../graph/corpus/parse-document.js';
import { withDocument } from '../../../graph/corpus/update.js';
import { prepareEssay, updateEssay } from '../../../graph/essay.js';
import { readCorpusFiles } from '../../../graph/corpus/load.js';
import { reviewDocument } from '../../../graph/corpus/review.js';
import { CorpusError } from '../../../graph/errors.js';
import { REVIEW_DRAFTS, THAW } from '../../helpers/review-drafts.js';

/** The review fixture's files, its annotations (or registry, `entities.yaml`) edited. */
async function draftsWith(find: string, replace: string, file = 'annotations.yaml') {
  const files = await readCorpusFiles(REVIEW_DRAFTS);
  const target = file === 'entities.yaml' ? files.registry! : files.documents[0]!.annotations;
  if (!target.content.includes(find)) throw new Error(`fixture has no "${find}"`);
  target.content = target.content.replace(find, replace);
  return files;
}

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof CorpusError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe('drafts in the corpus', () => {
  it('should leave draft and rejected entities and relations out of the corpus', async () => {
    const corpus = parseCorpusFiles(await readCorpusFiles(REVIEW_DRAFTS));
    const ids = corpus.entities.map((e) => e.id);
    expect(ids).not.toContain('wladyslaw-gomulka');
    expect(ids).not.toContain('polish-october');
    expect(corpus.relations.map((r) => r.id)).toEqual([
      'nikita-khrushchev.denounced.joseph-stalin',
    ]);
    const mentioned = corpus.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentioned).not.toContain('wladyslaw gomulka');
  });

  it('should take an accepted annotation as if it had no status', async () => {
    const corpus = parseCorpusFiles(
      await draftsWith(
        'status: draft\n    confidence: 0.8',
        'status: accepted\n    confidence: 0.8',
      ),
    );
    const gomulka = corpus.entities.find((e) => e.id === 'wladyslaw-gomulka');
    expect(gomulka?.mentions.map((m) => m.text)).toEqual(['wladyslaw gomulka']);
  });

  it.each([
    [
      'a quote not in the text',
      "['mao zedong criticized khrushchev for his speech']",
      "['mao praised him']",
      /quote not found/,
    ],
    ['an unknown entity', 'source: mao-zedong', 'source: mao', /unknown entity `mao`/],
    [
      'an unknown relation type',
      'relation: criticizes',
      'relation: praised',
      /unknown relation type/,
    ],
  ])('should check a draft relation like any: %s', async (_, find, replace, message) => {
    const files = await draftsWith(find, replace);
    expect(problemsOf(() => parseCorpusFiles(files))).toEqual([expect.stringMatching(message)]);
  });

  it("should reserve a draft entity's id and names", async () => {
    const files = await draftsWith('id: polish-october', 'id: poland');
    expect(problemsOf(() => parseCorpusFiles(files))).toEqual(
      expect.arrayContaining([expect.stringMatching(/duplicate entity id `poland`/)]),
    );
  });

  it('should refuse an accepted relation naming a draft entity', async () => {
    const files = await draftsWith(
      "lead poland']\n    status: draft",
      "lead poland']\n    status: accepted",
    );
    expect(problemsOf(() => parseCorpusFiles(files))).toEqual([
      expect.stringMatching(
        /accepted relation `gomulka-leads-poland` names `wladyslaw-gomulka`, which is draft/,
      ),
    ]);
  });

  it('should mark no mention of a draft registry entity', async () => {
    const files = await draftsWith(
      "description: The Hungarian People's Republic.",
      "description: The Hungarian People's Republic.\n    status: draft",
      'entities.yaml',
    );
    const corpus = parseCorpusFiles(files);
    expect(corpus.entities.map((e) => e.id)).not.toContain('hungary');
  });
});

describe('accepting in one document', () => {
  it('should change the graph as a full build of the accepted annotations would', async () => {
    const files = await readCorpusFiles(REVIEW_DRAFTS);
    const parts = parseCorpusParts(files);
    const loaded = { ...prepareEssay(corpusOfParts(parts), { layout: false }), parts };
    const [doc] = files.documents;
    const accepted = doc!.annotations.content.replaceAll('status: draft', 'status: accepted');
    const changed = withDocument(
      parts,
      parseDocument({ ...doc!, annotations: { ...doc!.annotations, content: accepted } }),
    );
    const updated = updateEssay(loaded, changed, THAW);
    const full = prepareEssay(corpusOfParts(changed), { layout: false });
    expect(updated.graph.nodes().sort()).toEqual(full.graph.nodes().sort());
    expect(updated.graph.edges().sort()).toEqual(full.graph.edges().sort());
    expect(updated.graph.edges()).toContain('mao-criticizes-khrushchev');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...updated.corpus.entities].sort(byId)).toEqual([...full.corpus.entities].sort(byId));
  });
});

describe('reviewDocument', () => {
  it('should list every status with drafts, in reading order, and count them', async () => {
    const parts = parseCorpusParts(await readCorpusFiles(REVIEW_DRAFTS));
    const doc = parts.documents.find((d) => d.parsed.slug === THAW)!.parsed;
    const review = reviewDocument(doc, parts, true);
    expect(review.counts).toEqual({ draft: 3, accepted: 2, rejected: 2 });
    expect(review.relations.map((r) => r.status)).toEqual([
      'accepted',
      'draft',
      'rejected',
      'draft',
    ]);
    const own = review.entities.filter((e) => e.home === 'document').map((e) => [e.id, e.status]);
    expect(own).toEqual(
      expect.arrayContaining([
        ['cy-draft', 'accepted'],
        ['wladyslaw-gomulka', 'draft'],
        ['polish-october', 'rejected'],
      ]),
    );
    const publicOnly = reviewDocument(doc, parts, false);
    expect(publicOnly.relations).toHaveLength(1);
    expect(publicOnly.entities.every((e) => e.status === 'accepted')).toBe(true);
    expect(publicOnly.counts).toEqual(review.counts);
  });
});
