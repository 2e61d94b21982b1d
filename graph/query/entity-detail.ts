// Everything the documents say about one entity: its attributes, its relations by type and direction with evidence
// (each naming its document), its mentions; optionally only in some documents.
import { copyRelationFacts } from '../relation-facts.js';
import { NotFoundError } from '../errors.js';
import { toldImportance } from '../importance.js';
import type { Article, EssayGraph } from '../types.js';
import { nodeOf } from './paths.js';
import { groupRelations } from './relation-groups.js';
import type { EntityDetail, EntityMention, EntityRelation, EntityRelationGroup } from './types.js';

export function entityDetail(
  essay: {
    graph: EssayGraph;
    corpus: { documents: { slug: string; article: Pick<Article, 'sentences'> }[] };
  },
  id: string,
  doc?: readonly string[],
): EntityDetail {
  const inScope = (slug: string) => !doc?.length || doc.includes(slug);
  const { graph } = essay;
  if (!graph.hasNode(id)) throw new NotFoundError(`No entity has the id "${id}".`, [], 'id');
  const attrs = graph.getNodeAttributes(id);
  const articles = new Map(essay.corpus.documents.map((d) => [d.slug, d.article]));
  return {
    id,
    label: attrs.label,
    kind: attrs.kind,
    aliases: [...attrs.aliases],
    description: attrs.description,
    time: attrs.time === null ? null : { ...attrs.time },
    importance: toldImportance(attrs.importance),
    degree: graph.degree(id),
    relations: relationGroups(graph, id, inScope),
    mentions: attrs.mentions
      .filter((m) => inScope(m.doc))
      .map((m): EntityMention => ({
        ...m,
        sentenceText: articles.get(m.doc)?.sentences[m.sentence]?.text ?? '',
      })),
  };
}

/** Each relation read from the entity's side, in the one grouping the explorer's panel shows too. */
function relationGroups(
  graph: EssayGraph,
  id: string,
  inScope: (doc: string) => boolean,
): EntityRelationGroup[] {
  const groups = groupRelations(graph, id).map(({ relation, direction, label, relations }) => ({
    relation,
    direction,
    label,
    relations: relations
      .filter(({ attributes }) => inScope(attributes.doc))
      .map(({ edge, other, attributes: attrs }): EntityRelation => ({
        edge,
        direction,
        label,
        other: nodeOf(graph, other),
        ...copyRelationFacts(attrs),
        ...(attrs.note ? { note: attrs.note } : {}),
      })),
  }));
  return groups.filter((g) => g.relations.length > 0);
}
