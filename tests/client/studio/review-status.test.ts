// Decisions as writes, the requests they are, and the progress they make.
import { describe, expect, it } from 'vitest';
import {
  decideEntity,
  decideRelation,
  progressWords,
  reviewProgress,
} from '../../../client/studio/state/review-status.js';
import { requestOf } from '../../../client/studio/state/writes.js';
import { relation, review } from './fixtures.js';

describe('review decisions', () => {
  it('should accept a relation by patching its status', () => {
    const write = decideRelation(relation('k-d-s'), 'accepted', 'Khrushchev denounced Stalin');
    expect(write.said).toBe('Accepted: Khrushchev denounced Stalin');
    expect(requestOf(write)).toEqual({
      method: 'PATCH',
      path: 'relations/k-d-s',
      body: { status: 'accepted' },
    });
  });

  it('should send each kind of write to its route', () => {
    expect(requestOf(decideEntity('mao', 'rejected', 'Mao')).path).toBe('entities/mao');
    expect(requestOf({ type: 'restore', version: 'v/1', said: '' })).toEqual({
      method: 'POST',
      path: 'history/v%2F1/restore',
    });
    expect(requestOf({ type: 'delete-relation', id: 'x', said: '' }).method).toBe('DELETE');
  });

  it('should count the relations decided', () => {
    const progress = reviewProgress(
      review([
        relation('a'),
        relation('b', { status: 'accepted' }),
        relation('c', { status: 'rejected' }),
      ]),
    );
    expect(progress).toEqual({ reviewed: 2, total: 3 });
    expect(progressWords(progress)).toBe('2 of 3 reviewed');
    expect(reviewProgress(null)).toEqual({ reviewed: 0, total: 0 });
  });
});
