// Step 2: states and places of the gazetteer, a capital standing for its government read as the state.
import {
  findMentions,
  mentionIndex,
  type MentionIndex,
  type Nameable,
} from '../corpus/mentions.js';
import { sentenceAt } from '../corpus/sentences.js';
import type { Article, EntityKind } from '../types.js';
import { gazetteer, slugOf, type FormRole, type GazetteerEntry } from './gazetteer.js';
import { knownIdOf, type KnownEntities } from './known-entities.js';
import type { MentionCollector } from './mention-set.js';
import { ORGANIZATION_CUES } from './name-cues.js';

/** How sure a form makes the extractor that the entry is meant. */
const FORM_CONFIDENCE: Record<FormRole, number> = {
  seat: 0.7,
  name: 0.9,
  code: 0.85,
  demonym: 0.75,
  capital: 0.7,
};

/** A capital after one of these is the city ("a meeting in Brussels"); elsewhere it stands for the state. */
const LOCATIVES = new Set([
  'in',
  'at',
  'from',
  'near',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'visited',
  'via',
]);

interface Lookup {
  index: MentionIndex;
  /** Index keys ("<entry id> <role>") → entry and role. */
  keys: Map<string, { entry: GazetteerEntry; role: FormRole }>;
  codes: Map<string, GazetteerEntry>;
}

let lookup: Lookup | null = null;

function gazetteerLookup(): Lookup {
  if (lookup) return lookup;
  const keys = new Map<string, { entry: GazetteerEntry; role: FormRole }>();
  const nameables: Nameable[] = [];
  const codes = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer()) {
    for (const role of ['name', 'demonym', 'capital', 'seat'] as const) {
      const texts = entry.forms.filter((f) => f.role === role).map((f) => f.text);
      if (texts.length === 0) continue;
      const id = `${entry.id} ${role}`;
      keys.set(id, { entry, role });
      nameables.push({ id, label: texts[0]!, aliases: texts.slice(1) });
    }
    for (const f of entry.forms) if (f.role === 'code') codes.set(f.text, entry);
  }
  lookup = { index: mentionIndex(nameables), keys, codes };
  return lookup;
}

interface GazetteerHit {
  entry: GazetteerEntry;
  role: FormRole;
  start: number;
  end: number;
}

export function gazetteerMentions(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
): void {
  for (const hit of gazetteerHits(article)) {
    if (out.isTaken(hit) || (hit.role === 'capital' && beforeCue(article.text, hit.end))) continue;
    const text = article.text.slice(hit.start, hit.end);
    const asCity = hit.role === 'capital' && LOCATIVES.has(wordBefore(article.text, hit.start));
    const target = asCity ? cityOf(text, hit, known) : stateOf(hit, known);
    const confidence = FORM_CONFIDENCE[hit.role];
    const sentence = sentenceAt(article.sentences, hit.start);
    if (
      !out.add(
        { id: target.id, start: hit.start, end: hit.end, sentence, source: 'gazetteer' },
        target.kind,
        confidence,
      )
    )
      continue;
    if (!target.known)
      out.propose({
        id: target.id,
        kind: target.kind,
        label: target.label,
        description: target.description,
        confidence,
        reason: reasonFor(hit, text, asCity),
      });
  }
}

/** The entity a state's name or demonym leads to: the known one, or the gazetteer's entry. */
export function stateIdOf(form: string, known: KnownEntities): string | undefined {
  const folded = form.toLowerCase();
  const entry = gazetteer().find((e) =>
    e.forms.some(
      (f) => f.role !== 'code' && f.role !== 'capital' && f.text.toLowerCase() === folded,
    ),
  );
  return entry ? stateOf({ entry, role: 'name', start: 0, end: 0 }, known).id : undefined;
}

/** Every gazetteer form in the text, in order: names case-folded as the loader matches, codes in capitals only. */
function gazetteerHits(article: Article): GazetteerHit[] {
  const { index, keys, codes } = gazetteerLookup();
  const hits: GazetteerHit[] = [];
  for (const [key, list] of findMentions(article, 'draft', [index])) {
    const { entry, role } = keys.get(key)!;
    for (const m of list) hits.push({ entry, role, start: m.start, end: m.end });
  }
  for (const m of article.text.matchAll(/\b[A-Z]{2,4}\b/g)) {
    const entry = codes.get(m[0]);
    if (entry) hits.push({ entry, role: 'code', start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

interface Target {
  id: string;
  kind: EntityKind;
  label: string;
  description: string;
  known: boolean;
}

/** The state: the known entity any of its names leads to, or the gazetteer's own entry. */
function stateOf(hit: GazetteerHit, known: KnownEntities): Target {
  const { entry } = hit;
  const names = [
    entry.id,
    entry.label,
    ...entry.forms.filter((f) => f.role === 'name').map((f) => f.text),
  ];
  for (const name of names) {
    const id = knownIdOf(known, name);
    if (id)
      return {
        id,
        kind: known.byId.get(id)!.kind,
        label: entry.label,
        description: entry.description,
        known: true,
      };
  }
  return {
    id: entry.id,
    kind: entry.kind,
    label: entry.label,
    description: entry.description,
    known: false,
  };
}

function cityOf(text: string, hit: GazetteerHit, known: KnownEntities): Target {
  const label =
    hit.entry.forms.find((f) => f.role === 'capital' && f.text.toLowerCase() === text.toLowerCase())
      ?.text ?? text;
  const id = knownIdOf(known, label);
  if (id) return { id, kind: known.byId.get(id)!.kind, label, description: '', known: true };
  const description = `Capital of ${hit.entry.label} (world-countries).`;
  return { id: slugOf(label), kind: 'place', label, description, known: false };
}

function reasonFor(hit: GazetteerHit, text: string, asCity: boolean): string {
  if (asCity)
    return `"${text}" is a capital in the gazetteer, named after a preposition of place: the city`;
  if (hit.role === 'seat')
    return `"${text}" is the seat of government of ${hit.entry.label}, standing for it`;
  if (hit.role === 'capital')
    return `"${text}" is the capital of ${hit.entry.label}, standing for its government`;
  return `"${text}" is a ${hit.role} of the ${hit.entry.kind} ${hit.entry.label} in the gazetteer`;
}

/** A capital followed by a cue word is part of an organization's name: "the Jerusalem Post", "Moscow University". */
function beforeCue(text: string, at: number): boolean {
  const next = /^ ([\p{L}.]+)/u.exec(text.slice(at, at + 30))?.[1]?.toLowerCase();
  // A cue may end the sentence ("the Ottawa Citizen."): its full stop is no part of it.
  return (
    next !== undefined &&
    (ORGANIZATION_CUES.has(next) || ORGANIZATION_CUES.has(next.replace(/\.$/, '')))
  );
}

function wordBefore(text: string, at: number): string {
  return /([\p{L}]+)\W*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}
