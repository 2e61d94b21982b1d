// Everything the essay says about one entity: its attributes, its relations by type and direction with evidence, its mentions.
import { copyRelationFacts } from '../relation-facts.js';
import { NotFoundError } from '../errors.js';
import { toldImportance } from '../importance.js';
import type { Article, EssayGraph } from '../types.js';
import { nodeOf } from './paths.js';
import { groupRelations } from './relation-groups.js';
import type { EntityDetail, EntityMention, EntityRelation, EntityRelationGroup } from './types.js';

export function entityDetail(
  essay: { graph: EssayGraph; corpus: { article: Pick<Article, 'sentences'> } },
  id: string,
): EntityDetail {
  const { graph } = essay;
  if (!graph.hasNode(id)) throw new NotFoundError(`No entity has the id "${id}".`, [], 'id');
  const attrs = graph.getNodeAttributes(id);
  return {
    id,
    label: attrs.label,
    kind: attrs.kind,
    aliases: [...attrs.aliases],
    description: attrs.description,
    time: attrs.time === null ? null : { ...attrs.time },
    importance: toldImportance(attrs.importance),
    degree: graph.degree(id),
    relations: relationGroups(graph, id),
    mentions: attrs.mentions.map((m): EntityMention => ({
      ...m,
      sentenceText: essay.corpus.article.sentences[m.sentence]?.text ?? '',
    })),
  };
}

/** Each relation read from the entity's side, in the one grouping the explorer's panel shows too. */
function relationGroups(graph: EssayGraph, id: string): EntityRelationGroup[] {
  return groupRelations(graph, id).map(({ relation, direction, label, relations }) => ({
    relation,
    direction,
    label,
    relations: relations.map(({ edge, other, attributes: attrs }): EntityRelation => ({
      edge,
      direction,
      label,
      other: nodeOf(graph, other),
      ...copyRelationFacts(attrs),
      ...(attrs.note ? { note: attrs.note } : {}),
    })),
  }));
}
