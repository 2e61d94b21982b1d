// Every relation type reads as a sentence a person would write, whichever way a path travels it.
import { describe, expect, it } from 'vitest';
import { findPaths } from '../../graph/query/paths.js';
import { RELATION_TYPES } from '../../graph/relation-types.js';
import type { NameArticle } from '../../graph/types.js';
import { capitalize, clauseText } from '../../graph/wording.js';
import { essayGraph } from '../helpers/essay-graph.js';

/** [type, subject, object, last year (null: still in force at publication), the hop as it must read]. */
const TABLE: [string, string, string, number | null, string][] = [
  [
    'leads',
    'Nikita Khrushchev',
    'the Soviet Union',
    1964,
    'Nikita Khrushchev led the Soviet Union',
  ],
  [
    'president-of',
    'Richard Nixon',
    'the United States',
    1974,
    'Richard Nixon was president of the United States',
  ],
  [
    'official-of',
    'J.D. Vance',
    'the United States',
    null,
    'J.D. Vance is an official of the United States',
  ],
  [
    'part-of',
    'the Asian Institute',
    'the Munk School',
    null,
    'The Asian Institute is part of the Munk School',
  ],
  ['won', 'Donald Trump', 'the 2024 election', 2024, 'Donald Trump won the 2024 election'],
  [
    'denounced',
    'Nikita Khrushchev',
    'Joseph Stalin',
    1956,
    'Nikita Khrushchev denounced Joseph Stalin',
  ],
  [
    'criticizes',
    'Adam Zivo',
    'the Republican Party',
    null,
    'Adam Zivo criticizes the Republican Party',
  ],
  ['admired', 'Mao Zedong', 'Joseph Stalin', 1956, 'Mao Zedong admired Joseph Stalin'],
  [
    'regarded-as-revisionist',
    'Mao Zedong',
    'Nikita Khrushchev',
    1976,
    'Mao Zedong saw a revisionist in Nikita Khrushchev',
  ],
  [
    'strayed-from',
    'Nikita Khrushchev',
    'Marxist orthodoxy',
    1964,
    'Nikita Khrushchev strayed from Marxist orthodoxy',
  ],
  ['opposes', 'Mao Zedong', 'De-Stalinization', 1956, 'Mao Zedong opposed De-Stalinization'],
  ['hostile-to', 'the Soviet Union', 'China', 1989, 'The Soviet Union was hostile to China'],
  [
    'shares-bond-with',
    'Vladimir Putin',
    'Xi Jinping',
    null,
    'Vladimir Putin shares a strong bond with Xi Jinping',
  ],
  ['no-animosity-toward', 'China', 'Russia', null, 'China harbors no animosity toward Russia'],
  [
    'deems-unlikely',
    'Ali Wyne',
    'a Russia–China split',
    null,
    'Ali Wyne deems a Russia–China split unlikely',
  ],
  [
    'prioritizes',
    'the Republican Party',
    'the Pacific',
    null,
    'The Republican Party prioritizes the Pacific',
  ],
  [
    'deprioritizes',
    'the Republican Party',
    'European security',
    null,
    'The Republican Party deprioritizes European security',
  ],
  [
    'considers-backyard',
    'Russia',
    'Central Asia',
    null,
    'Russia considers Central Asia its backyard',
  ],
  ['allied-with', 'Russia', 'China', null, 'Russia is allied with China'],
  ['partnered-with', 'the Soviet Union', 'China', 1960, 'The Soviet Union was a partner of China'],
  ['junior-partner-of', 'Russia', 'China', null, 'Russia is the junior partner of China'],
  [
    'sought-partnership-with',
    'Mao Zedong',
    'Richard Nixon',
    1972,
    'Mao Zedong was eager to partner with Richard Nixon',
  ],
  [
    'rapprochement-with',
    'the United States',
    'Russia',
    null,
    'The United States is drawing closer to Russia',
  ],
  ['appeases', 'Donald Trump', 'Vladimir Putin', null, 'Donald Trump appeases Vladimir Putin'],
  ['supports', 'Henry Kissinger', 'Richard Nixon', 1972, 'Henry Kissinger supported Richard Nixon'],
  ['supports-militarily', 'China', 'Russia', null, 'China militarily supports Russia'],
  ['exports-to', 'Russia', 'China', null, 'Russia exports to China'],
  [
    'treats-as-friend',
    'the United States',
    'Iran',
    null,
    'The United States treats Iran as a friend',
  ],
  ['unlikely-to-abandon', 'Russia', 'China', null, 'Russia is unlikely to abandon China'],
  ['settled', 'Russia', 'China', 2009, 'Russia settled disputes with China'],
  [
    'revolted-against',
    'Hungary',
    'the Soviet Union',
    1956,
    'Hungary revolted against the Soviet Union',
  ],
  [
    'planned-attack-on',
    'the Soviet Union',
    'China',
    1969,
    'The Soviet Union planned an attack on China',
  ],
  [
    'planned',
    'the Soviet Union',
    'the 1969 preemptive strike on China',
    1969,
    'The Soviet Union planned the 1969 preemptive strike on China',
  ],
  ['wages-war-on', 'Russia', 'Ukraine', null, 'Russia wages war on Ukraine'],
  [
    'refused-to-support',
    'the United States',
    'the Soviet Union',
    1969,
    'The United States refused to support the Soviet Union',
  ],
  ['warned', 'the United States', 'China', 1969, 'The United States warned China'],
  ['seeks-to-weaken', 'the United States', 'NATO', null, 'The United States seeks to weaken NATO'],
  ['dismantles', 'China', 'American hegemony', null, 'China wants to dismantle American hegemony'],
  [
    'seeks-to-replace',
    'the United States',
    'China',
    null,
    'The United States seeks to supplant China',
  ],
  [
    'undermines',
    'a Russo-American alliance',
    'the United States',
    null,
    'A Russo-American alliance undermines the United States',
  ],
  ['encircles', 'Europe', 'Russia', null, 'Europe encircles Russia'],
  ['provokes', 'China', 'Russia', null, 'China provokes Russia'],
  [
    'shows-no-desire-to-reconquer',
    'China',
    'Siberia',
    null,
    'China shows no desire to reconquer Siberia',
  ],
  ['influence-in', 'China', 'Central Asia', null, 'China has influence in Central Asia'],
  [
    'aimed-against',
    'the Sino-American rapprochement',
    'the Soviet Union',
    1979,
    'The Sino-American rapprochement was aimed against the Soviet Union',
  ],
  [
    'pursues',
    'the Trump administration',
    'a Reverse Kissinger',
    null,
    'The Trump administration pursues a Reverse Kissinger',
  ],
  [
    'emulates',
    'the Trump administration',
    'Henry Kissinger',
    null,
    'The Trump administration emulates Henry Kissinger',
  ],
  [
    'named-after',
    'a Reverse Kissinger',
    'Henry Kissinger',
    null,
    'A Reverse Kissinger is named after Henry Kissinger',
  ],
  [
    'launched',
    'Nikita Khrushchev',
    'De-Stalinization',
    1956,
    'Nikita Khrushchev launched De-Stalinization',
  ],
  [
    'led-to',
    'De-Stalinization',
    'the Sino-Soviet split',
    1956,
    'De-Stalinization led to the Sino-Soviet split',
  ],
  [
    'participant-in',
    'Hungary',
    'the Hungarian Revolution of 1956',
    1956,
    'Hungary took part in the Hungarian Revolution of 1956',
  ],
  [
    'took-place-in',
    'the Meeting in Brussels (2025)',
    'Brussels',
    null,
    'The Meeting in Brussels (2025) took place in Brussels',
  ],
  ['located-in', 'Siberia', 'Russia', null, 'Siberia is located in Russia'],
  ['interviewed', 'Adam Zivo', 'Ali Wyne', null, 'Adam Zivo has interviewed Ali Wyne'],
  [
    'works-at',
    'Ali Wyne',
    'the International Crisis Group',
    null,
    'Ali Wyne works at the International Crisis Group',
  ],
  [
    'alumnus-of',
    'Adam Zivo',
    'the Asian Institute',
    null,
    'Adam Zivo is an alumnus of the Asian Institute',
  ],
  ['published-in', 'Adam Zivo', 'Quillette', null, 'Adam Zivo has been published in Quillette'],
  [
    'covers',
    'Adam Zivo',
    'the Russo-Ukrainian War',
    null,
    'Adam Zivo covers the Russo-Ukrainian War',
  ],
  [
    'president-elect-of',
    'Donald Trump',
    'the United States',
    2024,
    'Donald Trump was president-elect of the United States',
  ],
  [
    'government-of',
    'the Nixon administration',
    'the United States',
    1974,
    'The Nixon administration was the government of the United States',
  ],
  ['founded', 'Adam Zivo', 'LoveIsLoveIsLove', null, 'Adam Zivo founded LoveIsLoveIsLove'],
  [
    'deters',
    'the United States',
    'the Soviet Union',
    1969,
    'The United States deterred the Soviet Union',
  ],
  [
    'strategy-for',
    'a Reverse Kissinger',
    'a Russo-American alliance',
    null,
    'A Reverse Kissinger is a strategy for a Russo-American alliance',
  ],
  [
    'photographed-in',
    'Dmitri Lovetsky',
    'St. Petersburg',
    2024,
    'Dmitri Lovetsky took a photo in St. Petersburg',
  ],
  ['welcomes-weakening-of', 'Russia', 'NATO', null, 'Russia welcomes the weakening of NATO'],
];

/** A two-node graph of one relation, published in 2025, its names split into article and label. */
function graphOf(type: string, subject: string, object: string, end: number | null) {
  const graph = essayGraph([
    ['s', 'o', { relation: type, time: end === null ? null : { start: end, end } }],
  ]);
  graph.setAttribute('year', 2025);
  for (const [node, name] of [
    ['s', subject],
    ['o', object],
  ] as const) {
    const [, article, label] = /^(?:(the|a|an) )?(.*)$/.exec(name)!;
    graph.setNodeAttribute(node, 'label', label!);
    if (article) graph.setNodeAttribute(node, 'article', article as NameArticle);
  }
  return graph;
}

describe('relation wording', () => {
  it('should cover every relation type of the vocabulary', () => {
    expect(TABLE.map(([type]) => type).sort()).toEqual(Object.keys(RELATION_TYPES).sort());
  });

  it.each(TABLE)(
    'should state %s subject first in both directions',
    (type, s, o, end, sentence) => {
      const graph = graphOf(type, s, o, end);
      for (const [from, to] of [
        ['s', 'o'],
        ['o', 's'],
      ]) {
        const hop = findPaths(graph, [from!, to!])[0]!.hops[0]!;
        expect(capitalize(clauseText(hop.clause))).toBe(sentence);
      }
    },
  );

  it('should leave no passive inverse in a hop that travels a relation backwards', () => {
    const graph = graphOf('rapprochement-with', 'the United States', 'Russia', null);
    const [path] = findPaths(graph, ['o', 's']);
    expect(path!.narrative).toBe('The United States is drawing closer to Russia [1].');
    expect(path!.nodes.map((n) => n.id)).toEqual(['o', 's']);
  });
});
