// The draft extractor on small news and opinion paragraphs: mentions, types, direction, modality, time, evidence.
import { describe, expect, it } from 'vitest';
import { draftAnnotations } from '../../../graph/extract/index.js';
import { entity, inputOf } from '../../fixtures/extract/articles.js';
import { CASED_NEWS, LOWER_CASE_NEWS, PASSIVE } from '../../fixtures/extract/texts.js';

const triples = (text: string, registry = [] as ReturnType<typeof entity>[]) =>
  draftAnnotations(inputOf(text, registry)).relations.map(
    (r) => `${r.source} ${r.relation} ${r.target}`,
  );

const relationOf = (text: string, source: string, target: string) =>
  draftAnnotations(inputOf(text)).relations.find((r) => r.source === source && r.target === target);

describe('relations by trigger words', () => {
  it.each([
    ['Washington warned Moscow about the missiles.', 'united-states warned russia'],
    ['The Soviets denounced Peking in a long statement.', 'soviet-union denounced china'],
    ['Germany and France are close allies.', 'germany allied-with france'],
    ['moscow and beijing are firm allies.', 'russia allied-with china'],
    ['canada criticized iran over the executions.', 'canada criticizes iran'],
    ['Turkey criticized Greece over the islands.', 'turkiye criticizes greece'],
    [PASSIVE, 'sweden criticizes norway'],
    ['President Emmanuel Macron denounced Russia on Tuesday.', 'emmanuel-macron denounced russia'],
    ["China's president Xi Jinping met reporters.", 'xi-jinping president-of china'],
  ])('%s → %s', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it.each([
    ['no entity pair', 'The weather was mild and the markets were calm.'],
    ['one entity only', 'France had a quiet summer.'],
    ['a pair with no tie', 'Brazil had a fine summer, and Chile had rain.'],
    ['an office between two states', "Germany's president and France met."],
  ])('yields nothing for %s', (_, text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('mentions', () => {
  it('links a registry entity by alias instead of proposing a duplicate', () => {
    const registry = [
      entity('nikita-khrushchev', 'person', 'Nikita Khrushchev', ['khrushchev']),
      entity('joseph-stalin', 'person', 'Joseph Stalin', ['stalin']),
    ];
    const draft = draftAnnotations(inputOf('In 1956 Khrushchev denounced Stalin.', registry));
    expect(draft.entities.map((e) => e.id)).toEqual([]);
    expect(draft.relations[0]).toMatchObject({
      source: 'nikita-khrushchev',
      target: 'joseph-stalin',
    });
  });

  it('links a gazetteer name the registry lists only as a typed name, as a local alias', () => {
    const china = { ...entity('china', 'state', 'China'), names: ['peking'] };
    const draft = draftAnnotations(inputOf('Washington warned Peking.', [china]));
    expect(draft.entities.map((e) => e.id)).toEqual(['united-states']);
    expect(draft.localAliases).toEqual({ china: ['peking'] });
  });

  it('reads a capital after a preposition of place as the city, elsewhere as its state', () => {
    const draft = draftAnnotations(inputOf('At a summit in Brussels, Paris criticized Berlin.'));
    const kinds = Object.fromEntries(draft.entities.map((e) => [e.id, e.kind]));
    expect(kinds).toMatchObject({ brussels: 'place', france: 'state', germany: 'state' });
  });

  it('names compounds of nations by their head noun, an event only when dated', () => {
    const text = 'The Sino-Soviet split deepened in 1962. A Franco-German alliance followed.';
    const byId = new Map(draftAnnotations(inputOf(text)).entities.map((e) => [e.id, e]));
    expect(byId.get('sino-soviet-split')).toMatchObject({
      kind: 'event',
      time: { start: 1962, end: 1962 },
    });
    expect(byId.get('franco-german-alliance')).toMatchObject({ kind: 'concept' });
  });

  it('reads a seat of government as its state', () => {
    expect(triples('The Kremlin denounced the White House.')).toContain(
      'russia denounced united-states',
    );
  });

  it('finds international organizations and guesses the other items of a list of organizations', () => {
    const text =
      'Her work has appeared in the Ministry Review, the Kestrel Institute, Brightwater and the Hollow Reed.';
    const byId = new Map(
      draftAnnotations(inputOf(`${text} Turkey left NATO.`)).entities.map((e) => [e.id, e]),
    );
    expect(byId.get('nato')).toMatchObject({ kind: 'organization' });
    expect(byId.get('brightwater')).toMatchObject({ kind: 'organization', confidence: 0.35 });
    expect(byId.get('brightwater')!.reason).toMatch(/kind guessed from a list/);
  });

  it('takes no common noun phrase for an organization in lower-case text', () => {
    const ids = draftAnnotations(
      inputOf('nixon brokered an unlikely alliance with china.'),
    ).entities.map((e) => e.id);
    expect(ids).not.toContain('unlikely-alliance');
  });

  it('finds states and places in lower-case text', () => {
    const ids = draftAnnotations(inputOf(LOWER_CASE_NEWS)).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'china', 'brussels', 'canada', 'iran']));
  });

  it('takes kinds from titles and cue words, and says when a kind is guessed', () => {
    const text = `${CASED_NEWS} Officials at the Ministry of Foreign Affairs met the Blue Horizon Doctrine.`;
    const byId = new Map(draftAnnotations(inputOf(text)).entities.map((e) => [e.id, e]));
    expect(byId.get('emmanuel-macron')).toMatchObject({ kind: 'person', status: 'draft' });
    expect(byId.get('emmanuel-macron')!.reason).toMatch(/title "president"/);
    expect(byId.get('ministry-of-foreign-affairs')).toMatchObject({ kind: 'organization' });
    expect(byId.get('blue-horizon-doctrine')!.reason).toMatch(/kind guessed from/);
  });
});

describe('modality, time and evidence', () => {
  it.each([
    ['Iran could attack Israel.', 'iran', 'israel', { modality: 'hypothetical' }],
    ['Will Iran attack Israel?', 'iran', 'israel', { modality: 'question' }],
    [
      'Emmanuel Macron says Germany opposes Russia.',
      'germany',
      'russia',
      { modality: 'claim', assertedBy: 'emmanuel-macron' },
    ],
    [
      'On March 3, 1972, Japan warned Vietnam.',
      'japan',
      'vietnam',
      { time: { start: 1972, end: 1972 } },
    ],
    [
      'In the late 1960s Japan criticized Vietnam.',
      'japan',
      'vietnam',
      { time: { start: 1967, end: 1969 } },
    ],
  ])('%s', (text, source, target, expected) => {
    expect(relationOf(text, source, target)).toMatchObject(expected);
  });

  it('gives no time when the sentence has none, even for a relative date', () => {
    expect(
      relationOf('Three years earlier, Japan warned Vietnam.', 'japan', 'vietnam')!.time,
    ).toBeUndefined();
  });

  it('quotes the shortest verbatim span holding both names and the trigger', () => {
    const text = 'After a long night of talks, Japan bluntly warned Vietnam about the tests.';
    const r = relationOf(text, 'japan', 'vietnam')!;
    expect(r.evidence).toEqual(['Japan bluntly warned Vietnam']);
    expect(text).toContain(r.evidence[0]);
  });
});

describe('pronouns', () => {
  it('reads "he" as the person last named in the paragraph, and says so', () => {
    const text = 'Emmanuel Macron spoke in Paris. Later he denounced Russia.';
    const r = relationOf(text, 'emmanuel-macron', 'russia')!;
    expect(r.evidence).toEqual(['he denounced Russia']);
    expect(r.reason).toMatch(/"he" read as emmanuel-macron/);
  });

  it('never makes a pronoun a name of the person', () => {
    const draft = draftAnnotations(inputOf('Emmanuel Macron spoke. He denounced Russia.'));
    expect(draft.entities.find((e) => e.id === 'emmanuel-macron')!.aliases).toEqual([]);
  });
});

describe('determinism and ids', () => {
  const text = `${CASED_NEWS} ${LOWER_CASE_NEWS}`;

  it('drafts the same annotations twice', () => {
    expect(draftAnnotations(inputOf(text))).toEqual(draftAnnotations(inputOf(text)));
  });

  it('names relations `<source>-<type>-<target>`, with a suffix on a clash with an existing id', () => {
    const existing = {
      entities: [],
      localAliases: {},
      audit: [],
      relations: [
        {
          id: 'germany-allied-with-france',
          source: 'x',
          relation: 'leads',
          target: 'y',
          evidence: ['q'],
        },
      ],
    };
    const ids = draftAnnotations(inputOf(text, [], existing)).relations.map((r) => r.id);
    expect(ids).toContain('germany-allied-with-france-2');
    expect(ids).toContain('russia-allied-with-china');
  });
});
