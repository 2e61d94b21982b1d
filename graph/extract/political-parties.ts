// Hand-written gazetteer entries for the political parties English news names as actors ("the Republicans").
import type { GazetteerEntry } from './gazetteer.js';

/**
 * Hand-written because no data package the registry uses lists parties, yet news and opinion writing makes them
 * subjects ("the Republicans will prioritize …", "Tory MPs"). Only the parties of the large English-language
 * democracies and a few ruling parties, under names that are rarely common words: "Labour", "Liberals" and
 * "Conservatives" are left out (lower-case text uses them as words); an adjective ("Republican support") is a
 * demonym-like form.
 */
export const POLITICAL_PARTIES: readonly GazetteerEntry[] = [
  party('republican-party', 'Republican Party', ['Republicans', 'GOP'], ['Republican']),
  party('democratic-party', 'Democratic Party', ['Democrats'], []),
  party('conservative-party-uk', 'Conservative Party', ['Tories'], ['Tory']),
  party('labour-party', 'Labour Party', [], []),
  party(
    'chinese-communist-party',
    'Chinese Communist Party',
    ['Communist Party of China', 'CCP', 'CPC'],
    [],
  ),
  party('united-russia', 'United Russia', [], []),
];

function party(id: string, label: string, names: string[], adjectives: string[]): GazetteerEntry {
  return {
    id,
    kind: 'organization',
    label,
    description: `Political party: ${label}.`,
    forms: [
      ...[label, ...names.filter((n) => !/^[A-Z]{3}$/.test(n))].map((text) => ({
        text,
        role: 'name' as const,
      })),
      ...names.filter((n) => /^[A-Z]{3}$/.test(n)).map((text) => ({ text, role: 'code' as const })),
      ...adjectives.map((text) => ({ text, role: 'demonym' as const })),
    ],
  };
}
