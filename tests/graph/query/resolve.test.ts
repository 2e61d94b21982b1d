import { describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../../graph/errors.js';
import { requireEntity, resolveEntity } from '../../../graph/query/resolve.js';
import { createEntityIndex } from '../../../graph/search.js';
import { essayGraph } from '../../helpers/essay-graph.js';

const graph = essayGraph([['united-states', 'washington-examiner']], {
  'united-states': 'state',
  'washington-examiner': 'organization',
  'nikita-khrushchev': 'person',
});
graph.mergeNodeAttributes('united-states', {
  label: 'United States',
  aliases: ['washington', 'u.s.'],
});
graph.mergeNodeAttributes('washington-examiner', { label: 'Washington Examiner' });
graph.mergeNodeAttributes('nikita-khrushchev', {
  label: 'Nikita Khrushchev',
  aliases: ['khrushchev'],
});
const index = createEntityIndex(graph);

describe('resolveEntity', () => {
  it('should take an exact id outright', () => {
    expect(resolveEntity(graph, index, 'united-states', 'from')).toEqual({
      input: 'united-states',
      id: 'united-states',
      label: 'United States',
      kind: 'state',
    });
  });

  it.each(['Nikita Khrushchev', 'KHRUSHCHEV', 'khrushchev!', 'krushchev', 'U.S.'])(
    'should resolve %j by label or alias, ignoring case and punctuation, tolerating misspellings',
    (input) => {
      const resolved = resolveEntity(graph, index, input, 'from');
      expect(resolved.input).toBe(input);
      expect(['nikita-khrushchev', 'united-states']).toContain(resolved.id);
    },
  );

  it('should take the best of an ambiguous name and report the alternatives', () => {
    const resolved = resolveEntity(graph, index, 'washington', 'to');
    expect(resolved.id).toBe('united-states');
    expect(resolved.alternatives).toEqual([
      { id: 'washington-examiner', label: 'Washington Examiner', kind: 'organization' },
    ]);
  });

  it('should refuse an unknown name with suggestions and the parameter', () => {
    let error: unknown;
    try {
      resolveEntity(graph, index, 'zzqqxx', 'via');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ parameter: 'via' });
  });

  it('should suggest what a poor match resembles instead of guessing', () => {
    expect(() => resolveEntity(graph, index, 'washingtin examinr post', 'from')).toThrow(
      NotFoundError,
    );
  });

  it('should refuse a near-match tied with another entity’s rather than pick one', () => {
    const tied = essayGraph([['sino-soviet-split', 'sino-russian-alliance']], {
      'sino-soviet-split': 'event',
      'sino-russian-alliance': 'concept',
    });
    tied.mergeNodeAttributes('sino-soviet-split', { label: 'Sino-Soviet split' });
    tied.mergeNodeAttributes('sino-russian-alliance', { label: 'Sino-Russian alliance' });
    const tiedIndex = createEntityIndex(tied);
    expect(() => resolveEntity(tied, tiedIndex, 'sino', 'from')).toThrow(
      expect.objectContaining({
        suggestions: [
          { id: 'sino-soviet-split', label: 'Sino-Soviet split' },
          { id: 'sino-russian-alliance', label: 'Sino-Russian alliance' },
        ],
      }),
    );
    expect(resolveEntity(tied, tiedIndex, 'sino-sov', 'from').id).toBe('sino-soviet-split');
  });

  it('should not take a lone common word for the name it starts, but suggest it', () => {
    expect(() => resolveEntity(graph, index, 'united', 'from')).toThrow(
      expect.objectContaining({
        suggestions: [{ id: 'united-states', label: 'United States' }],
      }),
    );
  });

  it('should refuse an empty name', () => {
    expect(() => resolveEntity(graph, index, '  ', 'from')).toThrow(InvalidInputError);
  });
});

describe('requireEntity', () => {
  it('should accept an exact id and suggest ids for anything else', () => {
    expect(requireEntity(graph, index, 'united-states')).toBe('united-states');
    expect(() => requireEntity(graph, index, 'khrushchev')).toThrow(
      expect.objectContaining({
        parameter: 'id',
        suggestions: [{ id: 'nikita-khrushchev', label: 'Nikita Khrushchev' }],
      }),
    );
  });
});
