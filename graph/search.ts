// Finds entities by id, label, alias or name: exact names first, then prefixes, then misspellings; never a lone common word.
import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import { isCommonWord } from './common-words.js';
import { foldName, withoutArticle } from './name-key.js';
import type { EntityKind, EssayGraph, NodeAttributes } from './types.js';

export interface SearchResult {
  id: string;
  label: string;
  kind: EntityKind;
  /** 1 for an exact name, lower for prefixes and misspellings; the resolver's minScore parts matches from hints. */
  score: number;
  /** The name (id, label, alias or name, folded) that matched best. */
  matched: string;
}

export interface EntityIndex {
  search(query: string, limit?: number): SearchResult[];
  /**
   * Files anew the entities `ids` as the graph now has them (added, changed, or gone from it), in place: one
   * document added to a thousand changes a few dozen entries, and re-indexing them all would stall the server.
   */
  refresh(graph: EssayGraph, ids: ReadonlySet<string>): void;
}

/** One name of an entity, as compared. */
interface Name {
  /** Folded; without a leading "the" unless the article is what makes a common word a name ("the war"). */
  text: string;
  /** Its first word is a person's given name ("henry" of Henry Kissinger), which alone may name them. */
  givenName: boolean;
}

interface Entry {
  id: string;
  label: string;
  kind: EntityKind;
  names: Name[];
}

/** What the user typed, folded, with and without a leading "the". */
interface Query {
  folded: string;
  bare: string;
}

export const SCORES = {
  exact: 1,
  /** The query starts the name ("nikita", "nixon admin"); plus up to `coverage` as it nears the whole name. */
  prefix: 0.85,
  /** The query starts a later word of the name ("jinping", "crisis group"); plus the same. */
  laterPrefix: 0.8,
  /** "brussel" is more likely Brussels than the Brussels defence meeting (February 2025). */
  coverage: 0.1,
  /** A misspelling's score is its similarity (1 − normalized edit distance) times this. */
  fuzzyCeiling: 0.9,
  /** The same for a misspelling of the name from a later word ("jingping"): below the whole name's. */
  laterFuzzyCeiling: 0.85,
  /** A lone common word's or number's prefix: a suggestion, not a match ("party", "1969"). */
  commonWordPrefix: 0.6,
  /** A prefix of 1–2 letters, or a near-miss too short to trust or with another first letter ("iraq" ~ "iran"). */
  suggestionCeiling: 0.5,
  /** Near-misses below this are noise, not even suggestions. */
  floor: 0.3,
} as const;

/** Below this length a misspelling is mostly another word ("iraq" ~ "iran", "ussr" ~ "russia"). */
const FUZZY_MIN_LENGTH = 5;
/** Below this length a prefix starts too many names ("ni": Nixon or Nikita?). */
const PREFIX_MIN_LENGTH = 3;

export function createEntityIndex(graph: EssayGraph): EntityIndex {
  const entries: Entry[] = graph.mapNodes(entryOf);
  const fuse = new Fuse(entries, {
    keys: ['names.text'],
    ignoreLocation: true,
    threshold: 0.4,
  });

  // Pure and uncached: the server keeps answers (server/answer-cache.ts), a load policy of its own.
  return {
    search(query, limit = 10) {
      const folded = foldName(query);
      const q = { folded, bare: withoutArticle(folded) };
      if (!q.bare) return [];
      return rank(q, entries, fuse).slice(0, limit);
    },
    refresh(changed, ids) {
      fuse.remove((e) => ids.has(e.id));
      const kept = entries.filter((e) => !ids.has(e.id));
      const added = [...ids]
        .filter((id) => changed.hasNode(id))
        .map((id) => entryOf(id, changed.getNodeAttributes(id)));
      entries.splice(0, entries.length, ...kept, ...added);
      for (const entry of added) fuse.add(entry);
    },
  };
}

function entryOf(id: string, a: NodeAttributes): Entry {
  return { id, label: a.label, kind: a.kind, names: namesOf(id, a) };
}

/**
 * Each entity's best score over its names, best first: exact or prefix for every entity, then, unless a name
 * matched exactly, misspellings among Fuse's candidates (the costly part).
 */
function rank(q: Query, entries: Entry[], fuse: Fuse<Entry>): SearchResult[] {
  const best = new Map<string, SearchResult>();
  const offer = (e: Entry, score: number, matched: string) => {
    const prev = best.get(e.id);
    if (!prev || prev.score < score)
      best.set(e.id, { id: e.id, label: e.label, kind: e.kind, score, matched });
  };
  for (const e of entries) {
    for (const name of e.names) {
      const score = nameScore(q, name);
      if (score > 0) offer(e, score, name.text);
    }
  }
  const exact = [...best.values()].some((r) => r.score === SCORES.exact);
  for (const { item } of exact ? [] : fuse.search(q.bare)) {
    for (const name of item.names) {
      const score = fuzzyScore(q, name);
      if (score >= SCORES.floor) offer(item, score, name.text);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}

/** An entity's names (label and id first), folded, without repeats. */
function namesOf(id: string, a: NodeAttributes): Name[] {
  const names = new Map<string, Name>();
  const add = (form: string, canonical: boolean) => {
    const folded = foldName(form);
    const bare = withoutArticle(folded);
    const text = bare !== folded && isLoneCommonWord(bare) ? folded : bare;
    if (text && !names.has(text))
      names.set(text, { text, givenName: canonical && a.kind === 'person' });
  };
  for (const form of [a.label, id]) add(form, true);
  for (const form of [...a.aliases, ...a.names]) add(form, false);
  return [...names.values()];
}

/** The query as compared with `name`: with its "the" when the name keeps one. */
function queryFor(q: Query, name: Name): string {
  return name.text.startsWith('the ') ? q.folded : q.bare;
}

/**
 * Exact, or a prefix from the first or a later word. A prefix counts only if the query has 2+ words or is no
 * common word ("war", "party" alone name nothing), or is a person's given name ("henry").
 */
function nameScore(q: Query, name: Name): number {
  const text = queryFor(q, name);
  if (text === name.text) return SCORES.exact;
  const first = name.text.startsWith(text);
  if (!first && !name.text.includes(` ${text}`)) return 0;
  const givenName = first && name.givenName && name.text.split(' ')[0] === text;
  if (text.length < PREFIX_MIN_LENGTH) return SCORES.suggestionCeiling;
  if (isLoneCommonWord(text) && !givenName) return SCORES.commonWordPrefix;
  const base = first ? SCORES.prefix : SCORES.laterPrefix;
  return round(base + (SCORES.coverage * text.length) / name.text.length);
}

/**
 * A misspelling: similarity to the whole name, or to the name from a later word on ("jingping" ~ "jinping").
 * Only queries of 5+ letters that keep the name's first letter and are no common word themselves ("republic" is
 * no misspelling of "republican") can match; others only suggest.
 */
function fuzzyScore(q: Query, name: Name): number {
  const text = queryFor(q, name);
  const words = name.text.split(' ');
  let score = 0;
  for (const [i, form] of words.map((_, i) => words.slice(i).join(' ')).entries()) {
    if (i > 0 && isLoneCommonWord(form)) continue;
    const similarity = 1 - distance(text, form) / Math.max(text.length, form.length);
    const trusted =
      text.length >= FUZZY_MIN_LENGTH && text[0] === form[0] && !isLoneCommonWord(text);
    const ceiling = i === 0 ? SCORES.fuzzyCeiling : SCORES.laterFuzzyCeiling;
    score = Math.max(score, round(similarity * (trusted ? ceiling : SCORES.suggestionCeiling)));
  }
  return score;
}

/** One common word, or a number: "war", "1969" name nothing in particular. */
function isLoneCommonWord(text: string): boolean {
  return !text.includes(' ') && (isCommonWord(text) || /^\p{N}+$/u.test(text));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
