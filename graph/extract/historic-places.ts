// Hand-written names the world-countries gazetteer lacks: former states, old names of today's, and regions.
import type { GazetteerEntry } from './gazetteer.js';

/**
 * Hand-written because world-countries lists today's states under today's names only: news and opinion writing
 * names states that no longer exist (the Soviet Union) or by names they no longer use (Peking, Red China, Turkey). A form given
 * for an existing id ("china") is added to that state's entry; an id world-countries lacks makes its own entry.
 */
export const HISTORIC_STATES: readonly GazetteerEntry[] = [
  {
    id: 'soviet-union',
    kind: 'state',
    label: 'Soviet Union',
    description: 'The Union of Soviet Socialist Republics (1922–1991).',
    forms: [
      { text: 'Soviet Union', role: 'name' },
      { text: 'Union of Soviet Socialist Republics', role: 'name' },
      { text: 'U.S.S.R.', role: 'name' },
      { text: 'USSR', role: 'code' },
      { text: 'Soviet', role: 'demonym' },
      { text: 'Soviets', role: 'demonym' },
    ],
  },
  {
    id: 'china',
    kind: 'state',
    label: 'China',
    description: "The People's Republic of China.",
    forms: [
      { text: 'Red China', role: 'name' },
      { text: 'Communist China', role: 'name' },
      { text: 'Maoist China', role: 'name' },
      { text: 'Peking', role: 'capital' },
    ],
  },
  ...seatsOfGovernment(),
  renamed('turkiye', 'Türkiye', ['Turkey']),
  renamed('czechia', 'Czechia', ['Czech Republic']),
  renamed('eswatini', 'Eswatini', ['Swaziland']),
  renamed('north-macedonia', 'North Macedonia', ['Macedonia']),
  formerState('east-germany', 'East Germany', 'The German Democratic Republic (1949–1990).'),
  formerState('west-germany', 'West Germany', 'The Federal Republic of Germany before 1990.'),
  formerState('czechoslovakia', 'Czechoslovakia', 'Central European state (1918–1992).'),
  formerState('yugoslavia', 'Yugoslavia', 'Balkan federation (1918–1992).'),
  formerState('ottoman-empire', 'Ottoman Empire', 'Empire ruled from Constantinople (1299–1922).'),
  formerState('british-empire', 'British Empire', 'The empire of the United Kingdom.'),
];

/**
 * Hand-written because no npm data package of the registry keeps them: the alliances and bodies of states that
 * news about states names as actors ("NATO", "the EU"). Acronyms that are English words too (WHO) are left out;
 * two-letter ones are matched in capitals or dotted only.
 */
export const INTERNATIONAL_ORGANIZATIONS: readonly GazetteerEntry[] = [
  body('nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Alliance'], []),
  body('european-union', 'European Union', ['E.U.'], ['EU']),
  body('united-nations', 'United Nations', ['U.N.', 'UN Security Council'], ['UN']),
  body('international-monetary-fund', 'International Monetary Fund', [], ['IMF']),
  body('world-bank', 'World Bank', [], []),
  body('world-trade-organization', 'World Trade Organization', [], ['WTO']),
  body('opec', 'OPEC', ['Organization of the Petroleum Exporting Countries'], []),
  body('asean', 'ASEAN', ['Association of Southeast Asian Nations'], []),
  body('brics', 'BRICS', [], []),
  body('african-union', 'African Union', [], []),
  body('warsaw-pact', 'Warsaw Pact', [], []),
  body(
    'shanghai-cooperation-organisation',
    'Shanghai Cooperation Organisation',
    ['Shanghai Cooperation Organization'],
    ['SCO'],
  ),
];

/**
 * Hand-written because world-countries names continents and subregions (Europe, Central Asia) but not the
 * regions, seas and oceans that political writing uses as actors or theatres.
 */
export const REGIONS: readonly string[] = [
  'Middle East',
  'Far East',
  'Pacific',
  'Atlantic',
  'Arctic',
  'Indo-Pacific',
  'Siberia',
  'Balkans',
  'Caucasus',
  'Scandinavia',
  'Latin America',
  'Eurasia',
  'Sahel',
  'Horn of Africa',
  'South China Sea',
  'Baltic',
];

/**
 * Hand-written because world-countries has capitals but not the buildings that stand for a government in the
 * news ("the White House said", "the Kremlin denied"): each is added to its state's entry.
 */
function seatsOfGovernment(): GazetteerEntry[] {
  const seats: [string, string, string[]][] = [
    ['united-states', 'United States', ['White House']],
    ['russia', 'Russia', ['Kremlin']],
    ['united-kingdom', 'United Kingdom', ['Downing Street', 'Whitehall']],
    ['france', 'France', ['Élysée', 'Elysee']],
    ['china', 'China', ['Zhongnanhai']],
  ];
  return seats.map(([id, label, forms]) => ({
    id,
    kind: 'state',
    label,
    description: `${label}.`,
    forms: forms.map((text) => ({ text, role: 'seat' as const })),
  }));
}

function body(id: string, label: string, names: string[], codes: string[]): GazetteerEntry {
  return {
    id,
    kind: 'organization',
    label,
    description: `International organization: ${label}.`,
    forms: [
      ...[label, ...names].map((text) => ({ text, role: 'name' as const })),
      ...codes.map((text) => ({ text, role: 'code' as const })),
    ],
  };
}

/** A state world-countries lists under its new name only: the English name the news still uses. */
function renamed(id: string, label: string, names: string[]): GazetteerEntry {
  return {
    id,
    kind: 'state',
    label,
    description: `${label}.`,
    forms: names.map((text) => ({ text, role: 'name' })),
  };
}

function formerState(id: string, label: string, description: string): GazetteerEntry {
  return { id, kind: 'state', label, description, forms: [{ text: label, role: 'name' }] };
}
