// Events named by their year: "the 1957 meeting", "the 2008 crisis", dated by the year they are named with.
import type { NameSpan } from './name-spans.js';
import { adjacent, type Token } from './word-tokens.js';

/** Nouns of events that news writing names by a year before them. */
const EVENT_NOUNS = new Set([
  'meeting',
  'summit',
  'war',
  'crisis',
  'revolution',
  'uprising',
  'election',
  'elections',
  'conference',
  'treaty',
  'invasion',
  'coup',
  'talks',
  'agreement',
  'accord',
  'massacre',
  'attack',
  'attacks',
  'referendum',
  'olympics',
  'games',
  'protests',
  'riots',
  'strike',
  'visit',
  'speech',
  'congress',
  'plenum',
  'purge',
  'famine',
  'earthquake',
]);

/** "<year> <event noun>": the year makes it an event and gives its time (graph/extract/draft-time.ts reads it). */
export function datedEventSpans(text: string, tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [k, year] of tokens.entries()) {
    const noun = tokens[k + 1];
    if (!/^(?:1[0-9]|20)[0-9]{2}$/.test(year.word) || !noun || !adjacent(text, year, noun))
      continue;
    if (!EVENT_NOUNS.has(noun.word)) continue;
    spans.push({
      start: year.start,
      end: noun.end,
      kind: 'event',
      confidence: 0.55,
      reason: `kind from the event noun "${noun.word}" after a year`,
    });
  }
  return spans;
}
