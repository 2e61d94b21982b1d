// The sentence-by-sentence review of the essay's annotations: what it found wrong stays fixed, what was missing stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

function relation(source: string, type: string, target: string) {
  return essay.corpus.relations.find(
    (r) => r.source === source && r.relation === type && r.target === target,
  );
}

function mentionedIn(id: string, text: string): boolean {
  const entity = essay.corpus.entities.find((e) => e.id === id)!;
  return entity.mentions.some((m) =>
    essay.corpus.documents[0]!.article.sentences[m.sentence]!.text.includes(text),
  );
}

describe('the reviewed annotations', () => {
  it.each([
    ['donald-trump', 'president-of', 'united-states'],
    ['donald-trump', 'president-elect-of', 'united-states'],
    ['trump-administration', 'government-of', 'united-states'],
    ['nixon-administration', 'government-of', 'united-states'],
    ['pete-hegseth', 'part-of', 'trump-administration'],
    ['j-d-vance', 'part-of', 'trump-administration'],
    ['russia', 'participant-in', 'russo-american-alliance'],
    ['united-states', 'participant-in', 'russo-american-alliance'],
    ['russia', 'participant-in', 'sino-russian-alliance'],
    ['china', 'participant-in', 'sino-russian-alliance'],
    ['reverse-kissinger', 'strategy-for', 'russo-american-alliance'],
    ['china', 'participant-in', 'sino-american-rapprochement'],
    ['henry-kissinger', 'participant-in', 'sino-american-rapprochement'],
    ['mao-zedong', 'participant-in', 'sino-american-rapprochement'],
    ['soviet-nuclear-strike-plan-1969', 'led-to', 'sino-american-rapprochement'],
    ['soviet-union', 'partnered-with', 'china'],
    ['united-states', 'deters', 'soviet-union'],
    ['russia', 'no-animosity-toward', 'china'],
    ['siberia', 'located-in', 'russia'],
    ['adam-zivo', 'deems-unlikely', 'russo-american-alliance'],
    ['adam-zivo', 'criticizes', 'republican-party'],
    ['adam-zivo', 'founded', 'loveisloveislove'],
    ['ukraine', 'participant-in', 'russo-ukrainian-war'],
    ['china', 'supports-militarily', 'russo-ukrainian-war'],
    ['united-states', 'partnered-with', 'nato'],
    ['adam-zivo', 'published-in', 'national-post'],
    ['nikita-khrushchev', 'hostile-to', 'mao-zedong'],
  ])('should hold the relation a careful reader draws: %s %s %s', (s, type, t) => {
    expect(relation(s, type, t)).toBeDefined();
  });

  it('should keep Wyne’s new split apart from the historical one', () => {
    expect(relation('ali-wyne', 'deems-unlikely', 'sino-soviet-split')).toBeUndefined();
    expect(relation('ali-wyne', 'deems-unlikely', 'new-sino-russian-split')).toBeDefined();
    expect(mentionedIn('new-sino-russian-split', 'a new sino-soviet split')).toBe(true);
    expect(mentionedIn('sino-soviet-split', 'a new sino-soviet split')).toBe(false);
  });

  it('should not draw what the essay does not say', () => {
    expect(relation('russia', 'opposes', 'nato')).toBeUndefined();
    expect(relation('dmitri-lovetsky', 'published-in', 'national-post')).toBeUndefined();
    expect(essay.corpus.entities.map((e) => e.id)).not.toContain('us-election-2024');
  });

  it('should give each relation the modality, polarity and speaker the essay gives it', () => {
    expect(relation('republican-party', 'undermines', 'united-states')?.polarity).toBe('neutral');
    expect(relation('europe', 'hostile-to', 'russia')?.modality).toBe('claim');
    expect(relation('europe', 'encircles', 'russia')?.modality).toBe('hypothetical');
    expect(relation('china', 'encircles', 'russia')?.modality).toBe('hypothetical');
    expect(relation('united-states', 'warned', 'china')?.polarity).toBe('cooperative');
    const theory = relation('trump-administration', 'pursues', 'russo-american-alliance');
    expect(theory?.assertedBy).toBe('foreign-policy-analysts');
    expect(relation('mao-zedong', 'hostile-to', 'nikita-khrushchev')?.assertedBy).toBe('adam-zivo');
    for (const who of ['mao-zedong', 'nikita-khrushchev'])
      expect(relation(who, 'participant-in', 'sino-soviet-split')?.assertedBy).toBe('adam-zivo');
  });

  it('should quote the words that attribute a claim to its speaker', () => {
    const attribution: Record<string, string> = {
      'pete-hegseth': 'hegseth made it clear',
      'j-d-vance': 'vance also decried',
      'ali-wyne': 'says that',
      'foreign-policy-analysts': 'some foreign policy analysts have theorized',
    };
    for (const r of essay.corpus.relations) {
      const words = attribution[r.assertedBy];
      if (words)
        expect(
          r.evidence.some((e) => e.quote.includes(words)),
          r.id,
        ).toBe(true);
    }
  });

  it('should split Vance’s two complaints into two relations', () => {
    const alliance = relation('j-d-vance', 'criticizes', 'sino-russian-alliance')!;
    expect(alliance.evidence.map((e) => e.quote).join(' ')).not.toContain('ridiculous');
    expect(relation('j-d-vance', 'criticizes', 'united-states')!.evidence[0]!.quote).toContain(
      'ridiculous',
    );
  });

  it('should mark a name inside a longer one when it is the object of a preposition', () => {
    expect(mentionedIn('ukraine', 'the war in ukraine')).toBe(true);
    expect(mentionedIn('russo-ukrainian-war', 'the war in ukraine')).toBe(true);
    expect(mentionedIn('soviet-union', 'revolted against soviet rule')).toBe(true);
    expect(mentionedIn('brussels', 'at a meeting in brussels')).toBe(true);
    expect(mentionedIn('united-states', 'the washington examiner')).toBe(false);
  });

  it('should use no alias that would misfire in another text', () => {
    const names = essay.corpus.entities.flatMap((e) => e.aliases);
    for (const vague of [
      'a meeting',
      'the war',
      'its war',
      'president-elect',
      'unlikely alliance',
      'ap',
    ])
      expect(names).not.toContain(vague);
  });
});
