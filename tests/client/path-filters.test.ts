import { describe, expect, it } from 'vitest';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';
import { toggleKind, toggleModality, toggleRelation, setYear } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath, clearPath, normalizePathQuery, rerunPath } from '../../client/state/path.js';
import {
  filterWords,
  sameSend,
  sentRequest,
  sentSearchParams,
} from '../../client/state/path-filters.js';
import { readableDetail } from '../../client/state/problem-words.js';
import { withSuggestion } from '../../client/state/suggestion-line.js';
import { RELATION_TYPE_LIST } from '../../client/state/vocabulary.js';
import type { PathRequest } from '../../client/types.js';

const form: PathRequest = {
  type: 'form',
  query: normalizePathQuery({ from: 'mao', to: 'trump', k: 3 }),
};

describe('sentRequest: the question under the view’s filters', () => {
  it('should send the question alone when nothing is filtered', () => {
    expect(sentRequest(form, initialState(ESSAY_YEARS))).toEqual({
      type: 'paths',
      request: { from: 'mao', to: 'trump', k: 3, maxHops: 6 },
    });
  });

  it('should avoid hidden kinds, keep shown relation types, and take the slider’s year', () => {
    const view = toggleRelation('denounced')(
      toggleKind('concept')(setYear(1969)(initialState(ESSAY_YEARS))),
    );
    const sent = sentRequest(form, view);
    expect(sent.type).toBe('paths');
    if (sent.type !== 'paths') return;
    expect(sent.request.avoidKinds).toEqual(['concept']);
    expect(sent.request.relations).toEqual(RELATION_TYPE_LIST.filter((r) => r !== 'denounced'));
    expect(sent.request.at).toBe(1969);
  });

  it('should send facts only when facts alone are shown, else the modalities shown', () => {
    let view = initialState(ESSAY_YEARS);
    for (const m of ['claim', 'hypothetical', 'question'] as const) view = toggleModality(m)(view);
    expect(sentRequest(form, view)).toMatchObject({ request: { facts: true } });
    const questions = toggleModality('question')(initialState(ESSAY_YEARS));
    expect(sentRequest(form, questions)).toMatchObject({
      request: { modalities: ['fact', 'claim', 'hypothetical'] },
    });
  });

  it('should merge a one-line query’s own options with the legend', () => {
    const line: PathRequest = { type: 'line', line: 'mao -> trump avoid=event at=2000' };
    const sent = sentRequest(line, toggleKind('concept')(initialState(ESSAY_YEARS)));
    expect(sent).toEqual({
      type: 'paths',
      request: { from: 'mao', to: 'trump', avoidKinds: ['event', 'concept'], at: 2000 },
    });
  });

  it('should send a line that does not parse as typed, for the server to explain', () => {
    const line: PathRequest = { type: 'line', line: 'mao -> ' };
    expect(sentRequest(line, initialState(ESSAY_YEARS))).toEqual({ type: 'line', line: 'mao -> ' });
  });

  it('should write every filter into /api/paths parameters', () => {
    const params = sentSearchParams({
      from: 'a',
      to: 'b',
      via: ['c'],
      avoidKinds: ['concept'],
      modalities: ['fact', 'claim'],
      at: 1969,
    });
    expect(params.toString()).toBe(
      'from=a&to=b&via=c&at=1969&avoidKinds=concept&modalities=fact%2Cclaim',
    );
  });

  it('should tell a filter change that alters the question from one that does not', () => {
    const asked = askPath(form)(initialState(ESSAY_YEARS));
    expect(sameSend(toggleKind('concept')(asked), asked)).toBe(false);
    expect(sameSend({ ...asked, tab: 'legend' }, asked)).toBe(true);
  });
});

describe('path producers', () => {
  it('should move the slider to a year typed into the question', () => {
    const query = normalizePathQuery({ from: 'mao', to: 'trump', at: 1969 });
    expect(askPath({ type: 'form', query })(initialState(ESSAY_YEARS)).year).toBe(1969);
  });

  it('should ask again with a fresh status, and clear everything', () => {
    const asked = askPath(form)(initialState(ESSAY_YEARS));
    const again = rerunPath()(asked);
    expect(again.path.status).not.toBe(asked.path.status);
    expect(again.path.status.type).toBe('loading');
    expect(clearPath()(asked).path).toEqual({
      request: null,
      status: { type: 'idle' },
      active: null,
    });
    expect(clearPath()(initialState(ESSAY_YEARS))).toEqual(initialState(ESSAY_YEARS));
  });
});

describe('filterWords', () => {
  it('should say which filters a path ran under', () => {
    expect(
      filterWords(
        { avoidKinds: ['concept'], facts: true, at: 1969, relations: ['denounced'] },
        true,
      ),
    ).toEqual([
      'avoiding concepts',
      'facts only',
      'only denounced relations',
      'in 1969',
      'following arrow direction',
    ]);
    expect(filterWords({ modalities: ['fact', 'question'] }, false)).toEqual([
      'facts, questions only',
    ]);
    expect(filterWords({}, false)).toEqual([]);
  });
});

describe('readableDetail', () => {
  it('should name fields in words, not codes', () => {
    expect(readableDetail('No entity matches "maoo" (`from`). Did you mean Mao Zedong?')).toBe(
      'No entity matches "maoo" (the start). Did you mean Mao Zedong?',
    );
    expect(readableDetail('`k` must be a whole number from 1 to 10; got 11.')).toBe(
      'The number of paths must be a whole number from 1 to 10; got 11.',
    );
  });
});

describe('withSuggestion', () => {
  it('should replace the name a problem is about and keep the options', () => {
    expect(withSuggestion('maoo -> putin k=2', 'from', '', 'mao-zedong')).toBe(
      'mao-zedong -> putin k=2',
    );
    expect(
      withSuggestion(
        'mao -> stallin -> putin facts',
        'via',
        'No entity matches "stallin"',
        'joseph-stalin',
      ),
    ).toBe('mao -> joseph-stalin -> putin facts');
    expect(withSuggestion('mao -> ptn', 'to', '', 'vladimir-putin')).toBe('mao -> vladimir-putin');
    expect(withSuggestion('mao ->', 'to', '', 'x')).toBeNull();
  });
});
