// Seeded, realistic-looking entity names for the synthetic on-disk corpus: people, states, organizations, places, events, ideas.
import { normalizeName } from '../graph/name-key.js';
import type { EntityKind, NameArticle } from '../graph/types.js';

type Rng = () => number;

/** A registry entity as entities.yaml holds it. */
export interface RegistryEntity {
  id: string;
  kind: EntityKind;
  label: string;
  article?: NameArticle;
  aliases: string[];
  description: string;
  time?: { start: number; end: number };
}

const KIND_WEIGHTS: [EntityKind, number][] = [
  ['person', 0.4],
  ['state', 0.08],
  ['organization', 0.17],
  ['place', 0.12],
  ['event', 0.1],
  ['concept', 0.13],
];
const GIVEN = (
  'anna boris carla dmitri elena farid greta hassan ines jonas katya leon maria nikolai olga pavel ' +
  'quinn rosa sergei tamara ulrich vera wang xenia yuri zofia amir bella chen dario emil fatima ' +
  'gustav hana igor jana karl lena milan nadia oskar petra rafael sofia tomas ursula viktor'
).split(' ');
const ONSETS = 'b d k l m n p r s t v z br dr kr st tr gr sh ch'.split(' ');
const VOWELS = 'a e i o u ia ei ou'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'v', 'nd'];
const SUFFIXES: Record<Exclude<EntityKind, 'person'>, string[]> = {
  state: ['ia', 'istan', 'land', 'ora'],
  organization: ['institute', 'council', 'party', 'bank', 'front', 'league', 'agency', 'review'],
  place: ['river', 'valley', 'strait', 'harbour', 'plateau'],
  event: ['summit', 'accord', 'crisis', 'uprising', 'conference'],
  concept: ['doctrine', 'ism', 'consensus', 'reform'],
};

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export function weightedKind(rng: Rng): EntityKind {
  let r = rng();
  for (const [kind, weight] of KIND_WEIGHTS) if ((r -= weight) < 0) return kind;
  return 'concept';
}

/** A made-up word of 2–3 syllables ("brakoun", "dreila"). */
export function pseudoWord(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(rng, ONSETS) + pick(rng, VOWELS);
  return word + pick(rng, CODAS);
}

const title = (text: string) => text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
export const idOf = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Every name claimed so far (folded as the loader folds them): no two entities may share one. */
export class NameClaims {
  private readonly taken = new Set<string>();
  claim(name: string): boolean {
    const key = normalizeName(name);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}

/** A person's name never claimed before, "Anna Brakoun". */
export function personName(rng: Rng, claims: NameClaims): string {
  for (;;) {
    const name = title(`${pick(rng, GIVEN)} ${pseudoWord(rng)}`);
    if (claims.claim(name)) return name;
  }
}

/** One registry entity of `kind`, its label and aliases claimed. */
export function registryEntity(rng: Rng, kind: EntityKind, claims: NameClaims): RegistryEntity {
  if (kind === 'person') {
    const label = personName(rng, claims);
    const surname = label.split(' ')[1]!.toLowerCase();
    const aliases = claims.claim(surname) ? [surname] : [];
    return { id: idOf(label), kind, label, aliases, description: `A person, ${label}.` };
  }
  for (;;) {
    const word = pseudoWord(rng);
    const suffix = pick(rng, SUFFIXES[kind]);
    const joined = suffix === 'ia' || suffix === 'istan' || suffix === 'ism' || suffix === 'land';
    const label = title(joined ? word + suffix : `${word} ${suffix}`);
    if (!claims.claim(label)) continue;
    const entity: RegistryEntity = { id: idOf(label), kind, label, aliases: [], description: '' };
    otherNames(rng, entity, word, claims);
    return entity;
  }
}

function otherNames(rng: Rng, e: RegistryEntity, word: string, claims: NameClaims): void {
  e.description = `A ${e.kind === 'organization' ? 'body' : e.kind}, ${e.label}.`;
  if (e.kind === 'state') {
    const adjective = `${word}ian`;
    if (claims.claim(adjective)) e.aliases.push(adjective);
    const capital = pseudoWord(rng);
    if (claims.claim(capital)) e.aliases.push(capital);
  }
  if (e.kind === 'organization' || e.kind === 'event') e.article = 'the';
  if (e.kind === 'event') {
    const start = 1900 + Math.floor(rng() * 125);
    e.time = { start, end: start + Math.floor(rng() * 3) };
  }
}
