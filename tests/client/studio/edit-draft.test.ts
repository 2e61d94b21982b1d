// The relation form: what opening, swapping and the selection do, what it refuses, and the write it sends.
import { describe, expect, it } from 'vitest';
import {
  changeDraft,
  draftProblems,
  draftTold,
  draftWrite,
  evidenceFromSelection,
  openEdit,
  openNewRelation,
  swapDirection,
} from '../../../client/studio/state/edit-draft.js';
import { loaded, relation } from './fixtures.js';

const editing = () => {
  const state = loaded([relation('a', { time: { start: 1956, end: 1956 } })]);
  return openEdit(state.annotations!.relations[0]!)(state);
};

describe('the relation form', () => {
  it('should open on the relation and swap its direction', () => {
    const state = swapDirection()(editing());
    expect(state.edit).toMatchObject({
      id: 'a',
      source: 'joseph-stalin',
      target: 'nikita-khrushchev',
      start: 1956,
    });
  });

  it('should patch only what changed, and accept the relation with it', () => {
    const state = changeDraft({ relation: 'criticizes' })(editing());
    const was = state.annotations!.relations[0]!;
    expect(draftWrite(state.edit!, was, 'said')).toEqual({
      type: 'patch-relation',
      id: 'a',
      body: { relation: 'criticizes', status: 'accepted' },
      said: 'Edited: said',
    });
  });

  it('should take the selection as the evidence', () => {
    const state = evidenceFromSelection('mao zedong criticized khrushchev', { start: 52, end: 84 })(
      editing(),
    );
    expect(state.edit?.evidence).toEqual(['mao zedong criticized khrushchev']);
    expect(state.edit?.evidenceSpans).toEqual([{ start: 52, end: 84 }]);
  });

  it('should ask for the source of a date not in the text, and refuse a backward span', () => {
    const knowledge = changeDraft({ from: 'knowledge' })(editing()).edit!;
    expect(draftProblems(knowledge)).toEqual(['Say where a date not in the text comes from.']);
    const backward = changeDraft({ start: 1960, end: 1950 })(editing()).edit!;
    expect(draftProblems(backward)).toEqual(['The end year comes before the start year.']);
    const sourced = { ...knowledge, dateSource: 'Encyclopaedia' };
    expect(draftWrite(sourced, editing().annotations!.relations[0]!, 's')).toMatchObject({
      body: { time: { start: 1956, end: 1956, from: 'knowledge', source: 'Encyclopaedia' } },
    });
  });

  it('should make a new relation between two names, accepted, and tell it for the preview', () => {
    const state = openNewRelation(
      'mao-zedong',
      'nikita-khrushchev',
      'criticizes',
      'mao zedong criticized khrushchev',
      { start: 52, end: 84 },
    )(loaded([]));
    expect(state.edit?.id).toBeNull();
    expect(draftTold(state.edit!)).toEqual({
      source: 'mao-zedong',
      relation: 'criticizes',
      target: 'nikita-khrushchev',
    });
    expect(draftWrite(state.edit!, null, 'Mao Zedong criticizes Nikita Khrushchev')).toEqual({
      type: 'new-relation',
      body: {
        source: 'mao-zedong',
        relation: 'criticizes',
        target: 'nikita-khrushchev',
        evidence: ['mao zedong criticized khrushchev'],
        time: null,
        polarity: null,
        modality: null,
        assertedBy: null,
        status: 'accepted',
      },
      said: 'Added: Mao Zedong criticizes Nikita Khrushchev',
    });
  });
});
