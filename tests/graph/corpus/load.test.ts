import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../graph/corpus/assemble.js';
import { loadCorpus } from '../../../graph/corpus/load.js';
import { CorpusError, type CorpusProblem } from '../../../graph/errors.js';
import { miniFiles, miniWith } from '../../helpers/fixtures.js';
import { thrownAs } from '../../helpers/throws.js';
import type { CorpusFiles } from '../../../graph/corpus/assemble.js';

const problemsOf = (files: CorpusFiles): CorpusProblem[] =>
  thrownAs(CorpusError, () => parseCorpus(files), 'the corpus loaded').problems;

describe('parseCorpus', () => {
  it('should load the mini fixture whole', () => {
    const corpus = parseCorpus(miniFiles());
    expect(corpus.entities).toHaveLength(8);
    expect(corpus.relations).toHaveLength(6);
    expect(corpus.documents[0]!.author).toBe('jane-roe');
  });

  it('should compute evidence offsets into the article text', () => {
    const corpus = parseCorpus(miniFiles());
    for (const r of corpus.relations) {
      for (const e of r.evidence) {
        expect(corpus.documents[0]!.article.text.slice(e.start, e.end)).toBe(e.quote);
        const s = corpus.documents[0]!.article.sentences[e.sentence]!;
        expect(e.start).toBeGreaterThanOrEqual(s.start);
        expect(e.start).toBeLessThan(s.end);
      }
    }
  });

  it('should apply defaults for polarity, modality and assertedBy', () => {
    const r = parseCorpus(miniFiles()).relations[0]!;
    expect(r).toMatchObject({ polarity: 'hostile', modality: 'fact', assertedBy: 'jane-roe' });
  });

  it('should keep names for search: they mark no mention, even where the article uses the word', () => {
    const corpus = parseCorpus(
      miniWith('aliases: [stalin]', 'aliases: [stalin]\n    names: [soviet leader, josef stalin]'),
    );
    const stalin = corpus.entities.find((e) => e.id === 'joseph-stalin')!;
    expect(stalin.names).toEqual(['soviet leader', 'josef stalin']);
    expect(stalin.mentions.map((m) => m.text)).not.toContain('soviet leader');
    expect(parseCorpus(miniFiles()).entities[0]!.names).toEqual([]);
  });

  it('should give duplicate relations distinct ids', () => {
    const files = miniWith(
      'relations:\n',
      'relations:\n  - { source: jane-roe, relation: denounced, target: china, evidence: [the u.s. watched] }\n  - { source: jane-roe, relation: denounced, target: china, evidence: [the u.s. watched] }\n',
    );
    const ids = parseCorpus(files).relations.map((r) => r.id);
    expect(ids).toContain('jane-roe.denounced.china');
    expect(ids).toContain('jane-roe.denounced.china~2');
  });
});

// Each corpus fault names the file, the line and what to fix.
const faults: {
  name: string;
  find: string;
  replace: string;
  line: number;
  message: RegExp;
  fix: RegExp;
}[] = [
  {
    name: 'an unknown entity id in a relation',
    find: 'target: joseph-stalin\n    evidence: [soviet leader',
    replace: 'target: josef-stalin\n    evidence: [soviet leader',
    line: 45,
    message: /unknown entity `josef-stalin` as target/,
    fix: /id of an entity/,
  },
  {
    name: 'a duplicate entity id',
    find: 'id: china',
    replace: 'id: mao-zedong',
    line: 28,
    message: /duplicate entity id `mao-zedong`/,
    fix: /its own id/,
  },
  {
    name: 'a quote not found in the text',
    find: '[the u.s. watched from afar]',
    replace: '[the U.S. watched from afar]',
    line: 72,
    message: /quote not found in the article: "the U.S. watched from afar"/,
    fix: /exactly as the essay has them/,
  },
  {
    name: 'an unknown relation type',
    find: 'relation: denounced\n    target: joseph-stalin',
    replace: 'relation: condemned\n    target: joseph-stalin',
    line: 44,
    message: /unknown relation type `condemned`/,
    fix: /graph\/relation-types\.ts/,
  },
  {
    name: 'a time range that ends before it starts',
    find: 'time: { start: 1969, end: 1969 }',
    replace: 'time: { start: 1969, end: 1959 }',
    line: 63,
    message: /start must not be after end/,
    fix: /correct the value/,
  },
  {
    name: 'a date from general knowledge that does not say where it comes from',
    find: 'time: { start: 1969, end: 1969 }',
    replace: 'time: { start: 1969, end: 1969, from: knowledge }',
    line: 63,
    message: /needs `source`: say where it comes from/,
    fix: /correct the value/,
  },
  {
    name: 'a year that is not a whole number',
    find: 'time: { start: 1969, end: 1969 }',
    replace: 'time: { start: 1969.5, end: 1970 }',
    line: 63,
    message: /whole year/,
    fix: /give a whole number/,
  },
  {
    name: 'an unknown kind',
    find: 'kind: event',
    replace: 'kind: happening',
    line: 38,
    message: /entities\.7\.kind/,
    fix: /use one of: person, state, organization, place, event, concept/,
  },
  {
    name: 'an event without a time',
    find: "    time: { start: 1956, end: 1966, from: knowledge, source: 'Histories date the split 1956–1966.' }\n",
    replace: '',
    line: 37,
    message: /event `sino-soviet-split` has no time/,
    fix: /add `time:/,
  },
  {
    name: 'an entity the article never mentions',
    find: 'label: China',
    replace: 'label: Cathay',
    line: 28,
    message: /`china` is never mentioned/,
    fix: /add the form the essay uses/,
  },
  {
    name: 'an alias claimed by two entities',
    find: 'aliases: [mao]',
    replace: 'aliases: [mao, stalin]',
    line: 21,
    message: /alias "stalin" of `mao-zedong` is already a name of `joseph-stalin`/,
    fix: /one entity only/,
  },
  {
    name: 'a name claimed by two entities',
    find: 'aliases: [soviet]',
    replace: 'aliases: [soviet]\n    names: [ussr, mao]',
    line: 27,
    message: /name "mao" of `soviet-union` is already a name of `mao-zedong`/,
    fix: /a name must lead to one entity only/,
  },
  {
    name: 'a name that folds to another entity\'s alias ("US" ~ "u.s.")',
    find: 'label: Sino-Soviet split',
    replace: 'label: Sino-Soviet split\n    names: [US]',
    line: 40,
    message: /name "US" of `sino-soviet-split` is already a name of `united-states`/,
    fix: /one entity only/,
  },
  {
    name: 'an unknown key',
    find: 'modality: question',
    replace: 'modality: question\n    certainty: high',
    line: 64,
    message: /Unrecognized key/i,
    fix: /remove or rename `certainty`/,
  },
  {
    name: 'malformed YAML',
    find: 'entities:\n',
    replace: 'entities:\n  - id: [unclosed\n',
    line: 5,
    message: /malformed YAML/,
    fix: /fix the YAML syntax/,
  },
];

describe('corpus faults', () => {
  it.each(faults)(
    'should reject $name with file, line and fix',
    ({ find, replace, line, message, fix }) => {
      const problems = problemsOf(miniWith(find, replace));
      const problem = problems.find((p) => message.test(p.message));
      expect(problem, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(problem).toMatchObject({ file: 'annotations.yaml', line });
      expect(problem!.fix).toMatch(fix);
    },
  );

  it('should report an essay file without a header separator', () => {
    const files = miniFiles();
    files.essay.content = files.essay.content.replace('---\n', '');
    expect(problemsOf(files)[0]).toMatchObject({
      file: 'essay.txt',
      message: expect.stringMatching(/no `---` line/),
    });
  });

  it('should report an essay header that lacks the author', () => {
    const files = miniFiles();
    files.essay.content = files.essay.content.replace('author: Jane Roe\n', '');
    expect(problemsOf(files)[0]).toMatchObject({
      file: 'essay.txt',
      message: 'header has no `author`',
    });
  });

  it('should report an unreadable corpus folder', async () => {
    await expect(loadCorpus('tests/fixtures/no-such-corpus')).rejects.toThrow(
      /no-such-corpus: cannot read \(ENOENT\)/,
    );
  });

  it('should list every problem at once, not only the first', () => {
    let files = miniWith('id: china', 'id: mao-zedong');
    files = {
      ...files,
      annotations: {
        ...files.annotations,
        content: files.annotations.content.replace('relation: denounced', 'relation: condemned'),
      },
    };
    expect(problemsOf(files).length).toBeGreaterThanOrEqual(2);
  });
});

describe('limits on annotation text', () => {
  it('should refuse an 8,000-character label with the file/line/fix message, not a regex stack overflow', () => {
    const long = 'x'.repeat(8000);
    const problems = problemsOf(miniWith('label: China', `label: ${long}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'annotations.yaml', line: 30 });
    expect(problems[0]!.message).toMatch(/label: .*at most 200 characters/);
    expect(problems[0]!.message.length).toBeLessThan(300);
  });

  it.each([
    ['an alias', 'aliases: [mao]', `aliases: [${'m'.repeat(201)}]`, /aliases\.0/],
    ['a description', 'description: The USSR.', `description: ${'d'.repeat(2001)}`, /description/],
    ['a quote', '[the u.s. watched from afar]', `[${'q'.repeat(2001)}]`, /evidence\.0/],
  ])('should refuse %s past its maximum length', (_name, find, replace, path) => {
    const [problem] = problemsOf(miniWith(find, replace));
    expect(problem!.message).toMatch(path);
    expect(problem!.message).toMatch(/at most \d+ characters/);
  });

  it('should strip bidi controls from annotation text', () => {
    const corpus = parseCorpus(
      miniWith('description: The USSR.', 'description: "The \\u202EUSSR\\u202C."'),
    );
    expect(corpus.entities.find((e) => e.id === 'soviet-union')!.description).toBe('The USSR.');
  });
});
