// Organizations by cue word ("… Institute", "the … party") and capitalized runs of words that name something.
import { isContentWord, isFunctionOrVerb, isProperLikeWord } from './lexicon.js';
import { isTitleOnly, NAME_CONNECTORS, ORGANIZATION_CUES } from './name-cues.js';
import type { NameSpan } from './name-spans.js';
import { adjacent, type Token } from './word-tokens.js';

/** Words before a noun phrase that make it a common noun, not a name. */
const DETERMINERS = new Set([
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'every',
  'each',
  'such',
  'another',
]);

const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Cased text: runs of capitalized words (with "of", "and", "&" inside), an organization when a cue word is in
 * them, else a name of a kind the extractor can only guess (two words at least, so a sentence's first word is not
 * taken for a name).
 */
export function capitalizedSpans(text: string, tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      adjacent(text, tokens[j]!, tokens[j + 1]!) &&
      continuesRun(tokens, j + 1)
    )
      j++;
    // A sentence's first word is capitalized whatever it is: "In March", "The Kremlin" start with no name.
    let first = i;
    while (first < j && isFunctionOrVerb(tokens[first]!.word)) first++;
    const run = tokens.slice(first, j + 1);
    i = j + 1;
    const span = runSpan(run);
    if (span) spans.push(span);
  }
  return spans;
}

/** A capitalized word continues a run; a connector does when a capitalized word follows it. */
function continuesRun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isCapitalized(t)) return true;
  const next = tokens[k + 1];
  return NAME_CONNECTORS.has(t.word) && next !== undefined && isCapitalized(next);
}

function runSpan(run: Token[]): NameSpan | null {
  if (run.length === 0) return null;
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const cue = run.find((t) => ORGANIZATION_CUES.has(t.word) && isCapitalized(t));
  if (cue && run.length > 1)
    return {
      start,
      end,
      kind: 'organization',
      confidence: 0.7,
      reason: `kind from the cue word "${cue.text}"`,
    };
  if (run.filter(isCapitalized).length < 2 || isTitleOnly(run.map((t) => t.text).join(' ')))
    return null;
  return {
    start,
    end,
    kind: 'concept',
    confidence: 0.3,
    reason: 'kind guessed from capitalization alone',
  };
}

/**
 * Lower-case text: "the" + up to four content words + a cue word (+ "of" and up to four more), as in "the
 * international crisis group" or "the school of advanced international studies".
 */
export function lowerCaseOrganizationSpans(text: string, tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [k, cue] of tokens.entries()) {
    if (!ORGANIZATION_CUES.has(cue.word)) continue;
    let first = k;
    while (first > 0 && k - first < 4 && joinsName(text, tokens, first - 1)) first--;
    if (first === k) continue;
    const the = tokens[first - 1];
    const afterThe = the !== undefined && the.word === 'the' && adjacent(text, the, tokens[first]!);
    // Without "the", only names the lexicon does not know as common words ("xtra magazine", "jerusalem post"),
    // and not after another determiner ("an unlikely alliance").
    const properLike = tokens.slice(first, k).every((t) => isProperLikeWord(t.word));
    if (!afterThe && (!properLike || (the !== undefined && DETERMINERS.has(the.word)))) continue;
    const last = extendOf(text, tokens, k);
    spans.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      kind: 'organization',
      confidence: afterThe ? 0.55 : 0.45,
      reason: `kind from the cue word "${cue.word}"`,
    });
  }
  return spans;
}

function joinsName(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.word !== 'the' && isContentWord(t.word) && adjacent(text, t, tokens[k + 1]!);
}

/** The cue's "of …" tail: "school of advanced international studies". */
function extendOf(text: string, tokens: readonly Token[], k: number): number {
  const of = tokens[k + 1];
  if (!of || (of.word !== 'of' && of.word !== 'for') || !adjacent(text, tokens[k]!, of)) return k;
  let last = k + 1;
  while (
    last + 1 < tokens.length &&
    last - k < 5 &&
    tokens[last + 1]!.word !== 'the' &&
    adjacent(text, tokens[last]!, tokens[last + 1]!) &&
    isContentWord(tokens[last + 1]!.word)
  )
    last++;
  return last === k + 1 ? k : last;
}
