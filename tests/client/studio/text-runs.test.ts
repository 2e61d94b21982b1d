// The studio's text: runs cut at mentions and evidence, each mention with its entity's status.
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../client/studio/state/text-runs.js';
import {
  evidenceBetween,
  selectText,
  trimmedSpan,
} from '../../../client/studio/state/text-selection.js';
import { ARTICLE, TEXT, loaded, review } from './fixtures.js';

describe('the studio text', () => {
  it('should mark mentions with their status and the evidence over them', () => {
    const [paragraph] = textRuns(ARTICLE, {
      entities: review([]).entities,
      evidence: [{ start: 9, end: 50 }],
    });
    const words = paragraph!.runs.map((r) => [
      TEXT.slice(r.start, r.end),
      r.mention?.status ?? null,
      r.evidence,
    ]);
    expect(words.slice(0, 5)).toEqual([
      ['in 1956, ', null, false],
      ['nikita khrushchev', 'accepted', true],
      [' denounced ', null, true],
      ['joseph stalin', 'accepted', true],
      ['. ', null, false],
    ]);
    expect(words[5]).toEqual(['mao zedong', 'draft', false]);
  });

  it('should relate two names with the selection, else the first name’s sentence', () => {
    const state = loaded([]);
    expect(evidenceBetween(state, { start: 52, end: 62 })).toEqual({ start: 52, end: TEXT.length });
    const selected = selectText({ start: 9, end: 50 })(state);
    expect(evidenceBetween(selected, { start: 52, end: 62 })).toEqual({ start: 9, end: 50 });
    expect(selectText({ start: 9, end: 50 })(selected)).toBe(selected);
  });

  it('should trim the spaces around a selection', () => {
    expect(trimmedSpan('  mao  ', { start: 0, end: 7 })).toEqual({ start: 2, end: 5 });
    expect(trimmedSpan('   ', { start: 0, end: 3 })).toBeNull();
  });
});
