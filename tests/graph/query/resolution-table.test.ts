import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import { NotFoundError } from '../../../graph/errors.js';
import { resolveEntity } from '../../../graph/query/resolve.js';
import { ESSAY_CORPUS } from '../../helpers/fixtures.js';
import { thrownBy } from '../../helpers/throws.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

/** What users type, and the entity of the essay each must resolve to; null: "not found", never a guess. */
const TABLE: Record<string, [input: string, id: string | null][]> = {
  'common names and abbreviations': [
    ['USSR', 'soviet-union'],
    ['U.S.S.R.', 'soviet-union'],
    ['the Soviets', 'soviet-union'],
    ['Soviet Russia', 'soviet-union'],
    ['PRC', 'china'],
    ["People's Republic of China", 'china'],
    ['Peking', 'china'],
    ['Beijing', 'china'],
    ['mainland China', 'china'],
    ['the US', 'united-states'],
    ['US', 'united-states'],
    ['USA', 'united-states'],
    ['America', 'united-states'],
    ['United States of America', 'united-states'],
    ['D.C.', 'united-states'],
    ['Washington DC', 'united-states'],
    ['Xi', 'xi-jinping'],
    ['Trump', 'donald-trump'],
    ['President Trump', 'donald-trump'],
    ['Donald J. Trump', 'donald-trump'],
    ['Kissinger', 'henry-kissinger'],
    ['Putin', 'vladimir-putin'],
    ['the Kremlin', 'russia'],
    ['Moscow', 'russia'],
    ['Chairman Mao', 'mao-zedong'],
    ['Mao Tse-tung', 'mao-zedong'],
    ['North Atlantic Treaty Organization', 'nato'],
    ['DPRK', 'north-korea'],
    ['GOP', 'republican-party'],
    ['JD Vance', 'j-d-vance'],
    ['ukraine war', 'russo-ukrainian-war'],
    ['war in Ukraine', 'russo-ukrainian-war'],
    ['the war in Ukraine', 'russo-ukrainian-war'],
    ['Russia-Ukraine war', 'russo-ukrainian-war'],
    ['Ukraine', 'ukraine'],
    ['destalinization', 'de-stalinization'],
  ],
  misspellings: [
    ['krushchev', 'nikita-khrushchev'],
    ['Khruschev', 'nikita-khrushchev'],
    ['kissinjer', 'henry-kissinger'],
    ['Kissenger', 'henry-kissinger'],
    ['Vladmir Putin', 'vladimir-putin'],
    ['Xi Jingping', 'xi-jinping'],
    ['jingping', 'xi-jinping'],
    ['Hegsith', 'pete-hegseth'],
    ['Radchencko', 'sergey-radchenko'],
    ['Stallin', 'joseph-stalin'],
    ['Ukrane', 'ukraine'],
    ['Hungery', 'hungary'],
    ['Sibiria', 'siberia'],
    ['Quilette', 'quillette'],
    ['de-stalinisation', 'de-stalinization'],
  ],
  'partial names': [
    ['Nikita', 'nikita-khrushchev'],
    ['Henry', 'henry-kissinger'],
    ['Nixon admin', 'nixon-administration'],
    ['Trump admin', 'trump-administration'],
    ['Jinping', 'xi-jinping'],
    ['Wyne', 'ali-wyne'],
    ['Vance', 'j-d-vance'],
    ['crisis group', 'international-crisis-group'],
    ['Johns Hopkins', 'johns-hopkins-sais'],
    ['Munk', 'munk-school'],
    ['Russo-American', 'russo-american-alliance'],
    ['reverse kiss', 'reverse-kissinger'],
    ['Brussel', 'brussels'],
    ['Stal', 'joseph-stalin'],
    ['Hungarian revolution', 'hungarian-revolution-1956'],
    ['Zhenbao', 'sino-soviet-border-conflict-1969'],
    ['love is love', 'loveisloveislove'],
  ],
  'unrelated names': [
    ['Obama', null],
    ['Biden', null],
    ['Prussia', null],
    ['Communist Party', null],
    ['European Union', null],
    ['Cold War', null],
  ],
  'places the essay does not mention': [
    ['Paris', null],
    ['Germany', null],
    ['Tokyo', null],
    ['India', null],
    ['Stalingrad', null],
    ['Iraq', null],
    ['Syria', null],
    ['South Korea', null],
    ['Jerusalem', null],
    ['Taiwan', null],
  ],
  'single common words and ambiguous fragments': [
    ['war', null],
    ['party', null],
    ['president', null],
    ['security', null],
    ['alliance', null],
    ['the', null],
    ['policy', null],
    ['a', null],
    ['Korea', null],
    ['sino', null],
    ['russo', null],
    ['republic', null],
    ['United', null],
    ['1969', null],
    ['ni', null],
  ],
};

const ROWS = Object.entries(TABLE).flatMap(([category, rows]) =>
  rows.map(([input, id]) => ({ category, input, id })),
);

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

function resolve(input: string) {
  return resolveEntity(essay.graph, essay.index, input, 'from');
}

describe('the resolution table', () => {
  it('should hold 60+ inputs, 15+ of which must not resolve', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    expect(ROWS.filter((r) => r.id === null).length).toBeGreaterThanOrEqual(15);
  });

  it('should name only entities of the essay', () => {
    for (const { id } of ROWS) if (id) expect(essay.graph.hasNode(id), id).toBe(true);
  });

  it.each(ROWS.filter((r) => r.id !== null))('$category: $input → $id', ({ input, id }) => {
    expect(resolve(input).id).toBe(id);
  });

  it.each(ROWS.filter((r) => r.id === null))('$category: $input → not found', ({ input }) => {
    expect(() => resolve(input)).toThrow(NotFoundError);
  });
});

describe('what "not found" offers instead', () => {
  it.each([
    ['war', 'russo-ukrainian-war'],
    ['party', 'republican-party'],
    ['sino', 'sino-soviet-split'],
    ['Stalingrad', 'joseph-stalin'],
    ['Iraq', 'iran'],
    ['a', 'adam-zivo'],
  ])('should suggest for %j what it resembles (%s among them)', (input, suggested) => {
    const error = thrownBy(() => resolve(input));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions.map((s) => s.id)).toContain(suggested);
  });
});
