import { describe, expect, it } from 'vitest';
import { auditCorpus } from '../../graph/audit.js';
import { parseCorpus } from '../../graph/corpus/assemble.js';
import { miniFiles, miniWith } from '../helpers/fixtures.js';

describe('auditCorpus', () => {
  it('should flag a sentence naming two entities that backs no relation', () => {
    const report = auditCorpus(parseCorpus(miniFiles()));
    expect(report.open).toEqual([
      expect.objectContaining({ kind: 'unrelated-sentence', subject: '0', justification: null }),
    ]);
  });

  it('should count a sentence as justified when the annotations say why', () => {
    const files = miniWith(
      'audit:\n',
      'audit:\n  - sentence: khrushchev and mao fell out\n    why: a headline\n',
    );
    const report = auditCorpus(parseCorpus(files));
    expect(report.open).toEqual([]);
    expect(report.justified[0]).toMatchObject({ subject: '0', justification: 'a headline' });
  });

  it('should flag an alias that matches nothing', () => {
    const report = auditCorpus(
      parseCorpus(miniWith('aliases: [soviet]', 'aliases: [soviet, ussr]')),
    );
    expect(report.open.map((f) => f.message)).toContain(
      'alias "ussr" of `soviet-union` matches nothing in the article',
    );
  });

  it('should flag an entity whose every mention is taken by a longer name', () => {
    const files = miniWith(
      'relations:\n',
      '  - { id: split-word, kind: concept, label: Split, description: A word inside a longer name. }\nrelations:\n',
    );
    const report = auditCorpus(parseCorpus(files));
    expect(report.open).toContainEqual(
      expect.objectContaining({ kind: 'unmentioned-entity', subject: 'split-word' }),
    );
  });

  it('should flag a date the text does not give, and pass one it gives', () => {
    const invented = miniWith(
      'time: { start: 1969, end: 1969 }',
      'time: { start: 1970, end: 1970 }',
    );
    expect(auditCorpus(parseCorpus(invented)).open).toContainEqual(
      expect.objectContaining({ kind: 'undocumented-date' }),
    );
    const given = auditCorpus(parseCorpus(miniFiles())).open;
    expect(given.filter((f) => f.kind === 'undocumented-date')).toEqual([]);
  });

  it('should accept general knowledge with a source, and tenure only for an office', () => {
    const knowledge = miniWith(
      'time: { start: 1969, end: 1969 }',
      "time: { start: 1970, end: 1970, from: knowledge, source: 'A history book.' }",
    );
    expect(auditCorpus(parseCorpus(knowledge)).open.map((f) => f.kind)).not.toContain(
      'undocumented-date',
    );
    const tenure = miniWith(
      'time: { start: 1969, end: 1969 }',
      "time: { start: 1970, end: 1970, from: tenure, source: 'In office then.' }",
    );
    expect(auditCorpus(parseCorpus(tenure)).open).toContainEqual(
      expect.objectContaining({
        kind: 'undocumented-date',
        message: expect.stringContaining('not an office'),
      }),
    );
  });
});
