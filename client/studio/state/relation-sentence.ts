// A candidate relation told as the explorer tells a hop: "Nikita Khrushchev has denounced Joseph Stalin (1956)".
import type { ReviewEntity, ReviewRelation } from '../../../contract/annotations.js';
import { hopSentence } from '../../../graph/query/narrative.js';
import { RELATION_TYPES, isRelationType } from '../../../graph/relation-types.js';
import { publicationYear } from '../../../graph/time-wording.js';
import type { TimeSpan } from '../../../graph/types.js';
import { edgeClause, type ClausePart } from '../../../graph/wording.js';
import type { Article } from '../../types.js';

/** What a sentence needs of a relation: the candidate's fields, or the edit form's as the reader changes them. */
export type Told = Pick<
  ReviewRelation,
  'source' | 'relation' | 'target' | 'time' | 'modality' | 'assertedBy'
>;

/** Who is who in the document: its entities by id, and its author (who asserts what no one else is said to). */
export interface Cast {
  names: ReadonlyMap<string, Pick<ReviewEntity, 'label' | 'article'>>;
  author: string;
  /** The document's publication year: relations over before it are told in the past. */
  year: number | null;
}

export function castOf(entities: readonly ReviewEntity[], article: Article | null): Cast {
  return {
    names: new Map(entities.map((e) => [e.id, e])),
    author: article?.meta.author ?? 'the author',
    year: publicationYear(article?.meta.published),
  };
}

/** The relation's time as the wording takes it: a date "from the text" is the document's own (no `from`). */
function spanOf(time: Told['time']): TimeSpan | null {
  if (!time) return null;
  const { start, end, from, source } = time;
  return {
    start,
    end,
    ...(from && from !== 'text' ? { from } : {}),
    ...(source ? { source } : {}),
  };
}

/** The clause, subject first, as parts (names marked with their entity id), through the graph's own wording. */
function relationClause(told: Told, cast: Cast): ClausePart[] {
  const named = (id: string) => cast.names.get(id) ?? { label: id };
  const attrs = {
    relation: told.relation,
    label: isRelationType(told.relation) ? RELATION_TYPES[told.relation].label : told.relation,
    time: spanOf(told.time),
  };
  return edgeClause(
    {
      extremities: () => [told.source, told.target],
      getEdgeAttributes: () => attrs,
      getAttributes: () => ({ documents: [], ...(cast.year === null ? {} : { year: cast.year }) }),
      getNodeAttributes: (id) => {
        const { label, article } = named(id);
        return article ? { label, article } : { label };
      },
    },
    '',
  );
}

/** The whole statement, with its date and what the text does with it ("…, according to Mao Zedong"). */
export function relationSentence(told: Told, cast: Cast): string {
  const nameOf = (id: string) => cast.names.get(id)?.label ?? id;
  return hopSentence(
    {
      clause: relationClause(told, cast),
      time: spanOf(told.time),
      modality: told.modality ?? 'fact',
      assertedBy: told.assertedBy ?? '',
    },
    (id) => (id === '' ? cast.author : nameOf(id)),
  );
}
