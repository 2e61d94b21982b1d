// A cased news text of a given length for the extractor's speed benchmark: seeded, so every run drafts the same words.
import seedrandom from 'seedrandom';

const PEOPLE = [
  'President Anna Weber',
  'Prime Minister Karl Lund',
  'Dr. Maria Costa',
  'Senator John Ellis',
  'Chairman Li Wen',
  'Foreign Minister Ivo Marek',
];
const STATES = [
  'France',
  'Germany',
  'Japan',
  'Brazil',
  'Canada',
  'India',
  'Poland',
  'Kenya',
  'Mexico',
  'Turkey',
  'the Soviet Union',
  'Washington',
  'Moscow',
  'Beijing',
];
const ORGS = [
  'the Ministry of Defence',
  'the National Party',
  'the Institute for Strategic Studies',
  'the Atlantic Council',
  'the Central Bank',
];
const VERBS = [
  'denounced',
  'criticized',
  'warned',
  'supports',
  'opposes',
  'praised',
  'is allied with',
  'undermines',
  'signed a partnership with',
  'could attack',
];
const FILLER = [
  'Officials said the talks would continue next week.',
  'The decision surprised many observers in the capital.',
  'Markets were calm, and analysts expected little change before the summer.',
  'Critics argued that the plan had been rushed.',
];

/** About `words` words of news prose: paragraphs of four to six sentences naming people, states and organizations. */
export function syntheticNews(words: number, seed = 'essay-graph-extract'): string {
  const rng = seedrandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 4 + Math.floor(rng() * 3); i++) {
      const year = 1950 + Math.floor(rng() * 75);
      const sentence =
        rng() < 0.25
          ? pick(FILLER)
          : `In ${year}, ${pick([...PEOPLE, ...ORGS, ...STATES])} ${pick(VERBS)} ${pick(STATES)}, according to ${pick(ORGS)}.`;
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}
