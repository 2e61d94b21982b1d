// The display form of the essay: names, "I" and sentence starts take their capitals back; nothing else changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import {
  createDisplayCase,
  displayQuote,
  displayText,
  nameForms,
  type NamedEntity,
} from '../../../graph/text/display-case.js';
import { ESSAY_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

let essay: LoadedEssay;
let display: string;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
  display = displayText(
    essay.corpus.documents[0]!.article,
    createDisplayCase(essay.graph.mapNodes((_, a) => a)),
  );
});

const entity = (label: string, kind: NamedEntity['kind'], aliases: string[] = []) => ({
  label,
  kind,
  aliases,
});

describe('displayText on the essay', () => {
  it('should change only the case of letters, so every offset still holds', () => {
    expect(display).toHaveLength(essay.corpus.documents[0]!.article.text.length);
    expect(display.toLowerCase()).toBe(essay.corpus.documents[0]!.article.text.toLowerCase());
  });

  it('should restore names, "I" and sentence starts where a report needs them', () => {
    expect(display).toContain('former U.S. president Richard Nixon');
    expect(display).toContain('experts I interviewed');
    expect(display).toContain('Pete Hegseth');
    expect(display).toContain('J.D. Vance');
    expect(display).toContain('Sino-Soviet');
    for (const s of essay.corpus.documents[0]!.article.sentences) {
      const first = display.slice(s.start, s.end).match(/\p{L}/u)?.[0];
      if (first) expect(first).toBe(first.toUpperCase());
    }
  });

  it('should leave common words of titles in lower case', () => {
    expect(display).toContain('“deterring war with China in the Pacific”');
  });

  it('should give each quote its display form by offsets, and keep a stale quote verbatim', () => {
    const hops = essay.graph.mapEdges((_, a) => a.evidence).flat();
    const nixon = hops.find((e) => e.quote.includes('richard nixon'))!;
    expect(displayQuote(display, nixon)).toContain('Richard Nixon');
    expect(displayQuote(display, nixon).toLowerCase()).toBe(nixon.quote);
    expect(displayQuote(display, { ...nixon, start: 0, end: 5 })).toBe(nixon.quote);
  });
});

describe('createDisplayCase', () => {
  const displayCase = createDisplayCase([
    entity('Associated Press', 'organization', ['ap']),
    entity('International Crisis Group', 'organization'),
    entity('United States', 'state', ['u.s.', 'white house']),
    entity('Russo-Ukrainian War', 'event', ['the war']),
    entity('Election of a new American president', 'concept'),
    entity('Nikita Khrushchev', 'person', ['khrushchev']),
  ]);

  it.each([
    [
      'initials, dotted abbreviations and two-word aliases from the annotations',
      '(ap photo) the white house and the u.s.',
      '(AP photo) the White House and the U.S.',
    ],
    [
      'whole organization names but not their title words alone',
      'the international crisis group is a group',
      'the International Crisis Group is a group',
    ],
    [
      "a sentence-cased idea's inner names, and a title-cased event only whole",
      'an american president; the russo-ukrainian war; the war',
      'an American president; the Russo-Ukrainian War; the war',
    ],
  ])('should take %s', (_, text, expected) => {
    expect(displayCase(text)).toBe(expected);
  });

  it('should case "I" as a word only, and a sentence start only when asked', () => {
    expect(displayCase('i said i’m sure, in it; khrushchev.')).toBe(
      'I said I’m sure, in it; Khrushchev.',
    );
    expect(displayCase('“nikita khrushchev wins”', true)).toBe('“Nikita Khrushchev wins”');
    expect(displayCase('word', false)).toBe('word');
  });

  it('should list each name once, keyed by its lower case', () => {
    const forms = nameForms([entity('Mao Zedong', 'person', ['mao'])]);
    expect(Object.fromEntries(forms)).toEqual({
      'mao zedong': 'Mao Zedong',
      mao: 'Mao',
      zedong: 'Zedong',
    });
  });
});
