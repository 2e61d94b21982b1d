// The one URL grammar: every parameter written is read back the same, on the API's side and on the explorer's.
import { describe, expect, it } from 'vitest';
import {
  readExplorerParams,
  writeExplorerParams,
  type ExplorerParams,
} from '../../contract/explorer-url.js';
import { ALL_PARAMS, EXPLORER_PARAMS, VIEW_PARAMS } from '../../contract/params.js';
import { parseParams } from '../../contract/parse.js';
import {
  ExportQuery,
  PathsQuery,
  ViewFilterQuery,
  type ExportParams,
} from '../../contract/schemas.js';
import { writeViewParams } from '../../contract/write.js';
import { InvalidInputError } from '../../graph/errors.js';
import { QUERY_OPTIONS } from '../../graph/query/syntax-options.js';
import { parsePathQuery } from '../../graph/query/syntax.js';

/** One value of each API parameter, as the schemas read it. */
const API_SAMPLE: Required<ExportParams> = {
  doc: ['zivo-russia-china', 'another-essay'],
  from: 'mao',
  to: 'de-stalinization',
  via: ['khrushchev', 'stalin'],
  k: 3,
  maxHops: 4,
  directed: true,
  relations: ['denounced', 'leads'],
  avoidKinds: ['concept'],
  facts: true,
  modalities: ['fact', 'claim'],
  at: -44,
  kinds: ['person', 'state'],
  focus: 'china',
  depth: 2,
  path: 2,
};

/** One value of each explorer parameter (a form question; the one-line one is below). */
const EXPLORER_SAMPLE: ExplorerParams = {
  node: 'mao-zedong',
  edge: null,
  focus: 'china',
  depth: 3,
  q: null,
  form: {
    from: 'mao',
    via: ['stalin', 'khrushchev'],
    to: 'putin',
    k: 2,
    maxHops: 5,
    facts: true,
    directed: true,
    at: 1969,
  },
  path: 2,
  year: 1970,
  compare: '1953,1969',
  pins: 'china:0.5:-1.25',
  cam: '0.5,0.25,0.8',
  hideKinds: ['place'],
  hideRelations: ['denounced'],
  hideModalities: ['claim'],
  doc: { type: 'documents', slugs: ['zivo-russia-china', 'another-essay'] },
};

const explorerRoundTrip = (params: ExplorerParams) =>
  readExplorerParams(writeExplorerParams(params).toString());

describe('the API side', () => {
  it('should read back every parameter it writes', () => {
    expect(parseParams(ExportQuery, writeViewParams(API_SAMPLE))).toEqual(API_SAMPLE);
  });

  it.each(Object.entries(API_SAMPLE))('should round-trip %s alone', (name, value) => {
    const params =
      name === 'from' || name === 'to' ? { from: 'a', to: 'b', [name]: value } : { [name]: value };
    expect(parseParams(ExportQuery, writeViewParams(params))).toEqual(params);
  });

  it('should write flags as true, the spelling the API documents, and leave false out', () => {
    expect(writeViewParams({ facts: true, directed: false }).toString()).toBe('facts=true');
  });

  it('should read the old spellings: 1 and 0, comma-separated or repeated lists', () => {
    const query = new URLSearchParams(
      'from=a&to=b&facts=1&directed=0&via=x,y&via=z&relations=leads',
    );
    expect(parseParams(PathsQuery, query)).toEqual({
      from: 'a',
      to: 'b',
      facts: true,
      directed: false,
      via: ['x', 'y', 'z'],
      relations: ['leads'],
    });
  });

  it.each([
    ['k=0', 'Parameter `k`: give a whole number from 1 to 10'],
    ['maxHops=1e1', 'Parameter `maxHops`: give a whole number from 1 to 8'],
    ['at=3001', 'Parameter `at`: give a whole number from -3000 to 3000'],
    ['facts=yes', 'Parameter `facts`: use true, false, 1 or 0'],
    ['kinds=dragon', 'Parameter `kinds`: unknown value "dragon"; use one of: person, state,'],
    ['via=a,b,c,d,e,f', 'Parameter `via`: give at most 5 values'],
    ['hideKinds=place', 'Parameter `hideKinds`: '],
  ])('should refuse %s precisely', (query, message) => {
    const parse = () => parseParams(ExportQuery, new URLSearchParams(`from=a&to=b&${query}`));
    expect(parse).toThrow(InvalidInputError);
    expect(parse).toThrow(message);
  });

  it('should keep the view filters to the view filters', () => {
    expect(() => parseParams(ViewFilterQuery, new URLSearchParams('k=2'))).toThrow('Parameter `k`');
  });
});

describe('the explorer side', () => {
  it('should read back every parameter it writes', () => {
    expect(explorerRoundTrip(EXPLORER_SAMPLE)).toEqual(EXPLORER_SAMPLE);
  });

  it('should round-trip a one-line question and an edge selection', () => {
    const params = {
      ...EXPLORER_SAMPLE,
      node: null,
      edge: 'a.leads.b',
      q: 'mao -> putin k=2',
      form: null,
    };
    expect(explorerRoundTrip(params)).toEqual(params);
  });

  it("should write the question in the API's names and spellings", () => {
    const written = writeExplorerParams(EXPLORER_SAMPLE);
    expect(written.get('facts')).toBe('true');
    expect(written.get('directed')).toBe('true');
    const { from, to, via, k, maxHops, facts, directed, at } = parseParams(
      ExportQuery,
      new URLSearchParams(
        [...written].filter(
          ([name]) =>
            name in VIEW_PARAMS && name !== 'focus' && name !== 'depth' && name !== 'path',
        ),
      ),
    );
    expect({ from, to, via, k, maxHops, facts, directed, at }).toEqual({
      from: 'mao',
      to: 'putin',
      via: ['stalin', 'khrushchev'],
      k: 2,
      maxHops: 5,
      facts: true,
      directed: true,
      at: 1969,
    });
  });

  it('should read the old spellings and the API keep-only lists', () => {
    const p = readExplorerParams(
      '?from=a&to=b&facts=1&directed=1&modalities=fact&kinds=person,state',
    );
    expect(p.form).toMatchObject({ facts: true, directed: true });
    expect(p.hideModalities).toEqual(['claim', 'hypothetical', 'question']);
    expect(p.hideKinds).toEqual(['organization', 'place', 'event', 'concept']);
  });

  it("should read the API's at as the year without a question, and as the question's with one", () => {
    expect(readExplorerParams('?at=1969').year).toBe(1969);
    const asked = readExplorerParams('?from=a&to=b&at=1969');
    expect(asked.year).toBeNull();
    expect(asked.form?.at).toBe(1969);
  });

  it('should never fail on a malformed link', () => {
    const p = readExplorerParams('?depth=9&path=0&year=abc&facts=maybe&from=a&to=b&k=x');
    expect(p).toMatchObject({ depth: VIEW_PARAMS.depth.max, path: null, year: null });
    expect(p.form).toMatchObject({ facts: false, k: null });
  });
});

describe('the one definition', () => {
  it('should cover every parameter in the round trips', () => {
    const covered = new Set([
      ...Object.keys(API_SAMPLE),
      ...[...writeExplorerParams(EXPLORER_SAMPLE).keys()],
      'q',
      'edge',
      'theme',
    ]);
    expect(ALL_PARAMS.map((p) => p.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  it('should give every parameter a name, a meaning and no clash between the doors', () => {
    for (const p of ALL_PARAMS) expect(p.meaning.length).toBeGreaterThan(10);
    const names = ALL_PARAMS.flatMap((p) => [p.name, ...p.aliases]);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXPLORER_PARAMS).filter((n) => n in VIEW_PARAMS)).toEqual([]);
  });

  it("should name the one-line query's options as the URL parameters they set", () => {
    for (const option of QUERY_OPTIONS) expect(VIEW_PARAMS).toHaveProperty(option.field);
  });

  it('should spell flags alike in the one-line query', () => {
    expect(parsePathQuery('a -> b facts=1 directed=0')).toMatchObject({
      facts: true,
      directed: false,
    });
    expect(parsePathQuery('a -> b facts=true directed=yes')).toMatchObject({
      facts: true,
      directed: true,
    });
  });
});
