// Everything the essay says about one entity: its attributes, its relations by type with evidence, its mentions.
import { NotFoundError } from '../errors.js';
import { toldImportance } from '../importance.js';
import type { Article, EssayGraph } from '../types.js';
import { nodeOf } from './paths.js';
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

/** Each relation read from the entity's side; groups with the most relations first, then by type. */
function relationGroups(graph: EssayGraph, id: string): EntityRelationGroup[] {
  const groups = new Map<string, EntityRelation[]>();
  graph.forEachEdge(id, (edge, attrs, source, target) => {
    const out = source === id;
    const relation: EntityRelation = {
      edge,
      direction: out ? 'out' : 'in',
      label: out ? attrs.label : attrs.inverseLabel,
      other: nodeOf(graph, out ? target : source),
      evidence: attrs.evidence.map((e) => ({ ...e })),
      time: attrs.time === null ? null : { ...attrs.time },
      polarity: attrs.polarity,
      modality: attrs.modality,
      assertedBy: attrs.assertedBy,
      ...(attrs.note ? { note: attrs.note } : {}),
    };
    const group = groups.get(attrs.relation) ?? [];
    group.push(relation);
    groups.set(attrs.relation, group);
  });
  return [...groups]
    .map(([relation, relations]) => ({
      relation,
      relations: relations.sort(
        (a, b) =>
          Number(a.direction === 'in') - Number(b.direction === 'in') ||
          a.other.label.localeCompare(b.other.label),
      ),
    }))
    .sort(
      (a, b) => b.relations.length - a.relations.length || a.relation.localeCompare(b.relation),
    );
}
