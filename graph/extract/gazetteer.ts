// The gazetteer of states and places: world-countries' names, demonyms and capitals, plus the hand list beside it.
import countries, { type Country } from 'world-countries';
import slugify from '@sindresorhus/slugify';
import { HISTORIC_STATES, INTERNATIONAL_ORGANIZATIONS, REGIONS } from './historic-places.js';
import { POLITICAL_PARTIES } from './political-parties.js';

/** How a form names its entry: a name, an adjective of nationality, a capital (maybe a metonym), a seat of government, a code. */
export type FormRole = 'name' | 'demonym' | 'capital' | 'seat' | 'code';

interface GazetteerForm {
  text: string;
  role: FormRole;
}

export interface GazetteerEntry {
  id: string;
  kind: 'state' | 'place' | 'organization';
  label: string;
  description: string;
  forms: GazetteerForm[];
}

/** Not independent in world-countries' data, yet states in the news. */
const STATES_TOO = new Set(['TW', 'PS', 'XK']);

/** A short upper-case code ("US", "PRC") names a state only in that case: "us" and "prc" are matched dotted. */
const CODE = /^[A-Z]{2,4}$/;

let cached: readonly GazetteerEntry[] | null = null;

/** Every entry, built once: ids are slugs of the common English name ("united-states"). */
export function gazetteer(): readonly GazetteerEntry[] {
  if (cached) return cached;
  const byId = new Map<string, GazetteerEntry>();
  for (const c of countries) {
    if (c.independent || STATES_TOO.has(c.cca2)) add(byId, countryEntry(c));
  }
  for (const region of regionsOf(countries)) add(byId, place(region, 'Region of the world.'));
  for (const region of REGIONS) add(byId, place(region, 'Region of the world.'));
  for (const entry of [...HISTORIC_STATES, ...INTERNATIONAL_ORGANIZATIONS, ...POLITICAL_PARTIES])
    add(byId, entry);
  cached = dropAmbiguousForms([...byId.values()]);
  return cached;
}

export function slugOf(name: string): string {
  // Diacritics dropped first: slugify writes "ü" as "ue", and "Türkiye" is written "turkiye" in English ids.
  return slugify(name.normalize('NFKD').replace(/\p{M}/gu, ''), { decamelize: false });
}

function countryEntry(c: Country): GazetteerEntry {
  const forms: GazetteerForm[] = [c.name.common, c.name.official].map((text) => ({
    text,
    role: 'name' as const,
  }));
  for (const alt of c.altSpellings) {
    if (CODE.test(alt))
      forms.push({ text: alt, role: 'code' }, { text: dotted(alt), role: 'name' });
    else if (alt.length > 3) forms.push({ text: alt, role: 'name' });
  }
  const demonym = c.demonyms['eng'];
  for (const d of new Set(demonym ? [demonym.m, demonym.f] : [])) {
    forms.push({ text: d, role: 'demonym' });
    // "Americans", "Israelis"; not "Britishs" or "Chineses".
    if (!/(?:s|sh|ch|ese|x|z)$/i.test(d)) forms.push({ text: `${d}s`, role: 'demonym' });
  }
  // "Washington D.C." is written "Washington" when it stands for the government.
  for (const capital of c.capital)
    forms.push({ text: capital.replace(/,? D\.C\.$/, ''), role: 'capital' });
  return {
    id: slugOf(c.name.common),
    kind: 'state',
    label: c.name.common,
    description: `State (world-countries): ${c.name.official}.`,
    forms,
  };
}

function regionsOf(list: readonly Country[]): string[] {
  return [...new Set(list.flatMap((c) => [c.region, c.subregion]).filter((r) => r !== ''))];
}

function place(name: string, description: string): GazetteerEntry {
  return {
    id: slugOf(name),
    kind: 'place',
    label: name,
    description,
    forms: [{ text: name, role: 'name' }],
  };
}

function dotted(code: string): string {
  return `${code.split('').join('.')}.`;
}

/** Entries with one id merge their forms (the hand list adds "Peking" to China). */
function add(byId: Map<string, GazetteerEntry>, entry: GazetteerEntry): void {
  const earlier = byId.get(entry.id);
  if (earlier) earlier.forms.push(...entry.forms);
  else byId.set(entry.id, { ...entry, forms: [...entry.forms] });
}

/** A form two entries share ("Dominican", "Congo" capitals) names neither for sure: it is dropped from both. */
function dropAmbiguousForms(entries: GazetteerEntry[]): GazetteerEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const f of e.forms) {
      const key = f.role === 'code' ? f.text : f.text.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
  }
  return entries.map((e) => ({
    ...e,
    forms: uniqueForms(e.forms).filter(
      (f) => owners.get(f.role === 'code' ? f.text : f.text.toLowerCase())!.size === 1,
    ),
  }));
}

function uniqueForms(forms: GazetteerForm[]): GazetteerForm[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.role}:${f.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
