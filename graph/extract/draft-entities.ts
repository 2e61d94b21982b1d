// Proposed entities as annotations.yaml writes them, and local aliases for known entities named another way.
import type { EntityInput } from '../corpus/annotations-schema.js';
import { namesOf, occursIn } from '../corpus/mentions.js';
import { normalizeName } from '../name-key.js';
import type { Article } from '../types.js';
import type { MentionSet, ProposedEntity } from './draft-types.js';
import type { KnownEntities } from './known-entities.js';
import { timeNear, type YearSpan } from './draft-time.js';

export interface DraftedEntities {
  entities: EntityInput[];
  localAliases: Record<string, string[]>;
  /** Ids the draft may relate: known entities and the proposed ones kept. */
  usable: Set<string>;
}

export function draftEntities(
  article: Article,
  set: MentionSet,
  known: KnownEntities,
  localAliases: Readonly<Record<string, readonly string[]>>,
): DraftedEntities {
  const forms = formsById(article, set);
  // Every name leads to one entity (the loader refuses two claims on one name): known names come first.
  const claimed = new Map(known.byName);
  const entities: EntityInput[] = [];
  const usable = new Set<string>([...forms.keys()].filter((id) => known.byId.has(id)));
  for (const id of [...set.proposed.keys()].sort()) {
    const entity = draftEntity(
      dated(set.proposed.get(id)!, article, set),
      forms.get(id) ?? [],
      claimed,
      article,
    );
    if (!entity) continue;
    entities.push(entity);
    usable.add(id);
  }
  return { entities, localAliases: newLocalAliases(forms, known, localAliases), usable };
}

/**
 * An event needs a time (the loader says so): the date nearest its first dated mention. An event the text does
 * not date is proposed as a concept, and its reason says so.
 */
function dated(
  p: ProposedEntity,
  article: Article,
  set: MentionSet,
): ProposedEntity & { time?: YearSpan } {
  if (p.kind !== 'event') return p;
  for (const m of set.mentions.filter((x) => x.id === p.id)) {
    const time = timeNear(article.sentences[m.sentence]!, m);
    if (time) return { ...p, time };
  }
  return {
    ...p,
    kind: 'concept',
    reason: `${p.reason}; no date beside it, so a concept until a reviewer dates it`,
  };
}

/** The forms each entity is named by in the text, folded to lower case, in order of first use. */
function formsById(article: Article, set: MentionSet): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const m of [...set.mentions].sort((a, b) => a.start - b.start)) {
    if (m.source === 'pronoun') continue;
    const form = article.text.slice(m.start, m.end).toLowerCase();
    const list = forms.get(m.id) ?? [];
    if (!list.includes(form)) list.push(form);
    forms.set(m.id, list);
  }
  return forms;
}

function draftEntity(
  p: ProposedEntity & { time?: YearSpan },
  forms: readonly string[],
  claimed: Map<string, string>,
  article: Article,
): EntityInput | null {
  const labelKey = normalizeName(p.label);
  if (
    (claimed.get(labelKey) ?? p.id) !== p.id ||
    (claimed.has(normalizeName(p.id)) && claimed.get(normalizeName(p.id)) !== p.id)
  )
    return null;
  const aliases = forms.filter((f) => {
    const key = normalizeName(f);
    return key !== labelKey && key.length > 0 && (claimed.get(key) ?? p.id) === p.id;
  });
  if (!occursIn(article.text, p.label) && aliases.length === 0) return null;
  for (const name of [p.id, p.label, ...aliases]) claimed.set(normalizeName(name), p.id);
  return {
    id: p.id,
    kind: p.kind,
    label: p.label,
    aliases: [...new Set(aliases)].sort(),
    names: [],
    description: p.description,
    ...(p.time ? { time: p.time } : {}),
    status: 'draft',
    confidence: round(p.confidence),
    reason: p.reason,
  };
}

/** Forms a known entity is named by that are none of its names yet ("peking" for China, "vance" for J.D. Vance). */
function newLocalAliases(
  forms: Map<string, string[]>,
  known: KnownEntities,
  given: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of [...forms.keys()].sort()) {
    const entity = known.byId.get(id);
    if (!entity) continue;
    const names = new Set([...namesOf(entity), ...(given[id] ?? [])].map(normalizeName));
    const fresh = forms.get(id)!.filter((f) => {
      const key = normalizeName(f);
      return !names.has(key) && (known.byName.get(key) ?? id) === id;
    });
    if (fresh.length > 0) out[id] = fresh;
  }
  return out;
}

export function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}
