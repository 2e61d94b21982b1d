// The studio's load producers: the cursor's place after each answer, the undo stack, conflicts and the ETag.
import { describe, expect, it } from 'vitest';
import {
  conflicted,
  dismissConflict,
  keptVersionOf,
  undone,
  versionOfTag,
  writing,
  written,
} from '../../../client/studio/state/review-load.js';
import type { Write } from '../../../client/studio/state/writes.js';
import { loaded, relation, review } from './fixtures.js';

const accept: Write = {
  type: 'patch-relation',
  id: 'b',
  body: { status: 'accepted' },
  said: 'Accepted: b',
};

describe('the studio loading annotations', () => {
  it('should put the cursor on the first draft', () => {
    const state = loaded([relation('a', { status: 'accepted' }), relation('b'), relation('c')]);
    expect(state.current).toBe('b');
    expect(state.version).toBe('v1');
    expect(state.load).toEqual({ type: 'ready' });
  });

  it('should keep the write for undo with the version it replaced, and take the new version', () => {
    const before = writing()(loaded([relation('a'), relation('b')]));
    expect(before.busy).toBe(true);
    const after = written(
      accept,
      review([relation('a'), relation('b', { status: 'accepted' })], 'v2'),
      '"v2"',
    )(before);
    expect(after.busy).toBe(false);
    expect(after.version).toBe('"v2"');
    expect(after.undo).toEqual([{ before: 'v1', said: 'Accepted: b' }]);
  });

  it('should pop the undo stack once the restore is answered', () => {
    const after = written(accept, review([relation('a')], 'v2'), null)(loaded([relation('a')]));
    const back = undone(review([relation('a')], 'v3'), null)(after);
    expect(back.undo).toEqual([]);
    expect(back.version).toBe('v3');
  });

  it('should keep the cursor on its relation, or go to the first draft when it is gone', () => {
    const state = { ...loaded([relation('a'), relation('b')]), current: 'b' };
    expect(written(accept, review([relation('a'), relation('b')], 'v2'), null)(state).current).toBe(
      'b',
    );
    expect(written(accept, review([relation('a')], 'v2'), null)(state).current).toBe('a');
  });

  it('should hold a write that met a changed file, with the fresh annotations', () => {
    const state = conflicted(
      accept,
      review([relation('a')], 'v9'),
    )(writing()(loaded([relation('a')])));
    expect(state.conflict).toEqual({ write: accept });
    expect(state.version).toBe('v9');
    expect(state.busy).toBe(false);
    expect(dismissConflict()(state).conflict).toBeNull();
  });

  it('should read the version out of an entity tag', () => {
    expect(versionOfTag('"abc"')).toBe('abc');
    expect(versionOfTag('W/"abc"')).toBe('abc');
    expect(versionOfTag('abc')).toBe('abc');
  });

  it('should find the kept version of a file version in the history, newest first', () => {
    const kept = [
      { version: '20261202T044700000Z-abc', savedAt: '', change: 'accepted b' },
      { version: '20261202T044600000Z-abc', savedAt: '', change: 'accepted a' },
      { version: '20261202T044500000Z-xyz', savedAt: '', change: 'added' },
    ];
    expect(keptVersionOf(kept, '"abc"')).toBe('20261202T044700000Z-abc');
    expect(keptVersionOf(kept, 'xyz')).toBe('20261202T044500000Z-xyz');
    expect(keptVersionOf(kept, 'gone')).toBeNull();
  });
});
