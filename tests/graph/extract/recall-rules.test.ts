// The extractor's reference, event-phrase, address, credit and party rules, on fixture sentences of their own.
import { describe, expect, it } from 'vitest';
import { draftAnnotations } from '../../../graph/extract/index.js';
import { inputOf } from '../../fixtures/extract/articles.js';
import { PHRASES, REFERENCES, SURNAMES } from '../../fixtures/extract/recall-texts.js';

const draftOf = (text: string) => draftAnnotations(inputOf(text));
const triples = (text: string) =>
  draftOf(text).relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
const entities = (text: string) => draftOf(text).entities.map((e) => `${e.id} ${e.kind}`);

describe('references to states and organizations', () => {
  it.each([
    [REFERENCES.itsCased, 'germany criticizes norway', '"Its" read as germany'],
    [REFERENCES.itsLower, 'russia hostile-to poland', '"it" read as russia'],
    [REFERENCES.itsNearest, 'russia wages-war-on georgia', '"its" read as russia'],
    [REFERENCES.bothCased, 'japan denounced north-korea', '"Both" read as japan'],
    [REFERENCES.bothCased, 'australia denounced north-korea', '"Both" read as australia'],
    [REFERENCES.twoCountriesLower, 'pakistan denounced iran', '"the two countries" read as'],
    [REFERENCES.regimeCased, 'venezuela denounced colombia', '"The regime" read as venezuela'],
    [
      REFERENCES.partyCased,
      'chinese-communist-party criticizes taiwan',
      'a resolved reference to the organization',
    ],
  ])('%s → %s', (text, triple, reason) => {
    const relation = draftOf(text).relations.find(
      (r) => `${r.source} ${r.relation} ${r.target}` === triple,
    );
    expect(relation?.reason).toContain(reason);
    expect(relation?.reason).toContain('resolved reference');
    // A reference is less sure than the name it stands for.
    expect(relation!.confidence!).toBeLessThan(0.5);
  });

  it.each([
    ['"it is hard"', REFERENCES.expletive],
    ['"made it clear"', REFERENCES.madeItClear],
    ['nothing named before it in the paragraph', REFERENCES.newParagraph],
    ['"both A and B" names its pair', REFERENCES.bothAnd],
  ])('%s: nothing resolved', (_, text) => {
    expect(draftOf(text).relations.filter((r) => /read as/.test(r.reason ?? ''))).toEqual([]);
  });
});

describe('events, ideas, towns, credits, parties and newspapers named in general ways', () => {
  it.each([
    [PHRASES.warCased, 'war-against-ukraine event', 'russia participant-in war-against-ukraine'],
    [PHRASES.warCased, 'war-against-ukraine event', 'ukraine participant-in war-against-ukraine'],
    [PHRASES.meetingLower, 'summit-in-brussels event', 'summit-in-brussels took-place-in brussels'],
    [PHRASES.settingCased, 'summit-in-madrid event', 'olaf-scholz participant-in summit-in-madrid'],
    [PHRASES.duringLower, '1998-meeting event', 'john-smith participant-in 1998-meeting'],
    [PHRASES.hegemonyLower, 'american-hegemony concept', 'china dismantles american-hegemony'],
    [PHRASES.town, 'st-petersburg place', 'st-petersburg located-in russia'],
    [PHRASES.townLower, 'st-petersburg place', 'st-petersburg located-in russia'],
    [PHRASES.credit, 'associated-press organization', 'efrem-lukatsky works-at associated-press'],
    [PHRASES.creditLower, 'efrem-lukatsky person', 'efrem-lukatsky works-at associated-press'],
    [PHRASES.party, 'republican-party organization', 'republican-party criticizes china'],
    [PHRASES.partyLower, 'republican-party organization', 'republican-party undermines canada'],
  ])('%s → %s, %s', (text, entity, triple) => {
    expect(entities(text)).toContain(entity);
    expect(triples(text)).toContain(triple);
  });

  it('newspapers named after a capital are organizations, not the capital', () => {
    for (const text of [PHRASES.paper, PHRASES.paper.toLowerCase()]) {
      expect(entities(text)).toEqual([
        'ottawa-citizen organization',
        'washington-examiner organization',
      ]);
    }
  });

  it.each([
    ['"war with" a state', PHRASES.warWith, ['china state']],
    ['"in time," is no town', PHRASES.inTime, ['russia state']],
    ['"ap" without a credit', PHRASES.apAlone, []],
    ['a commodity is no idea', PHRASES.oil, ['europe place', 'united-states state']],
  ])('%s: nothing more', (_, text, expected) => {
    expect(entities(text)).toEqual(expected);
    expect(draftOf(text).relations).toEqual([]);
  });
});

describe('a name inside a longer one', () => {
  it.each([
    [PHRASES.hegemonyLower, 'china dismantles american-hegemony', 'china dismantles united-states'],
    [PHRASES.coverage, 'anna-petrova covers war-in-ukraine', 'anna-petrova covers ukraine'],
    [PHRASES.warCased, 'russia wages-war-on ukraine', 'ukraine wages-war-on russia'],
  ])('%s → %s, not %s', (text, kept, dropped) => {
    expect(triples(text)).toContain(kept);
    expect(triples(text)).not.toContain(dropped);
  });
});

describe("a guessed person's lone name", () => {
  it('counts where it stands alone, as news writing uses a surname', () => {
    const person = draftOf(SURNAMES.lower).entities.find((e) => e.id === 'tarvo-kallas');
    expect(person?.aliases).toEqual(['tarvo']);
  });

  it('does not count after a determiner: the guess may be a common noun phrase', () => {
    const guess = draftOf(SURNAMES.determined).entities.find((e) => e.id === 'lgbtq-advocacy');
    expect(guess?.aliases).toEqual([]);
  });
});
