// The cursor over the candidates: steps, ends, and the next draft after a decision.
import { describe, expect, it } from 'vitest';
import {
  currentRelation,
  moveCursor,
  pointAt,
  toNextDraft,
} from '../../../client/studio/state/cursor.js';
import { loaded, relation } from './fixtures.js';

const three = () => loaded([relation('a'), relation('b'), relation('c')]);

describe('the studio cursor', () => {
  it('should step down and up, staying at the ends', () => {
    const state = three();
    expect(moveCursor(1)(state).current).toBe('b');
    expect(moveCursor(-1)(state).current).toBe('a');
    expect(moveCursor(1)(moveCursor(1)(moveCursor(1)(state))).current).toBe('c');
  });

  it('should leave the state as it is when pointed at the current relation', () => {
    const state = three();
    expect(pointAt('a')(state)).toBe(state);
    expect(currentRelation(pointAt('c')(state))?.id).toBe('c');
  });

  it('should go to the next draft below, then wrap to one above, and stay when none is left', () => {
    const state = loaded([relation('a'), relation('b', { status: 'accepted' }), relation('c')]);
    expect(toNextDraft()(state).current).toBe('c');
    const atEnd = pointAt('c')(state);
    expect(toNextDraft()(atEnd).current).toBe('a');
    const done = loaded([relation('a', { status: 'accepted' })]);
    expect(toNextDraft()(done)).toBe(done);
  });
});
