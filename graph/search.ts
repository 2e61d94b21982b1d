// Finds entities by id, label or alias: case- and punctuation-insensitive, tolerant of misspellings (Fuse.js).
import Fuse from 'fuse.js';
import { LRUCache } from 'lru-cache';
import type { EntityKind, EssayGraph } from './types.js';

export interface SearchResult {
  id: string;
  label: string;
  kind: EntityKind;
  /** 1 for an exact name, lower for prefixes and fuzzy matches. */
  score: number;
  /** The name (id, label or alias) that matched best. */
  matched: string;
}

export interface EntityIndex {
  search(query: string, limit?: number): SearchResult[];
}

interface Entry {
  id: string;
  label: string;
  kind: EntityKind;
  names: string[];
}

const EXACT = 1;
const PREFIX = 0.95;
const FUZZY_CEILING = 0.9;
const ANSWER_CACHE_SIZE = 2_000;
/** Below this length a fuzzy match is mostly noise ("u.s." resembles half the names). */
const FUZZY_MIN_LENGTH = 4;

/**
 * Lower case, no diacritics, apostrophes dropped, other punctuation folded to spaces, a leading "the" dropped:
 * "De-Stalinization" ~ "de stalinization", "The Kremlin" ~ "kremlin".
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function createEntityIndex(graph: EssayGraph): EntityIndex {
  const entries: Entry[] = graph.mapNodes((id, a) => ({
    id,
    label: a.label,
    kind: a.kind,
    names: [...new Set([id, a.label, ...a.aliases].map(normalizeName))],
  }));
  const fuse = new Fuse(entries, {
    keys: ['names'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.4,
  });

  // The index never changes, so answers can be kept: a fuzzy pass costs far more than the path search it serves.
  const answers = new LRUCache<string, SearchResult[]>({ max: ANSWER_CACHE_SIZE });
  const rank = (q: string): SearchResult[] => {
    const best = new Map<string, SearchResult>();
    const offer = (e: Entry, score: number, matched: string) => {
      const prev = best.get(e.id);
      if (!prev || prev.score < score)
        best.set(e.id, { id: e.id, label: e.label, kind: e.kind, score, matched });
    };
    for (const e of entries) {
      for (const name of e.names) {
        if (name === q) offer(e, EXACT, name);
        else if (name.startsWith(q) || name.split(' ').some((w) => w.startsWith(q)))
          offer(e, PREFIX, name);
      }
    }
    for (const hit of q.length >= FUZZY_MIN_LENGTH ? fuse.search(q) : []) {
      const matched = hit.matches?.[0]?.value ?? hit.item.label;
      offer(hit.item, round((1 - (hit.score ?? 1)) * FUZZY_CEILING), matched);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  };

  return {
    search(query, limit = 10) {
      const q = normalizeName(query);
      if (!q) return [];
      let ranked = answers.get(q);
      if (!ranked) answers.set(q, (ranked = rank(q)));
      return ranked.slice(0, limit).map((r) => ({ ...r }));
    },
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
