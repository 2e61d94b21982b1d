// A path told in plain words: one statement per hop, its real subject first, with numbered citations.
import { describeTime } from '../time-wording.js';
import { documentCitation } from '../documents.js';
import type { DocumentInfo, EssayGraph } from '../types.js';
import { capitalize, clauseText, edgeClause } from '../wording.js';
import type { HopEdge, PathHop, PathNode } from './types.js';

/** Names an entity id (for `assertedBy`); falls back to the id itself. */
export type NameOf = (id: string) => string;

/** What a hop statement needs of a hop. */
export type StatedHop = Pick<HopEdge, 'clause' | 'time' | 'modality' | 'assertedBy'>;

/**
 * "Mao Zedong saw a revisionist in Nikita Khrushchev (1956–1964) [1]; Nikita Khrushchev launched
 * De-Stalinization (1956) [2]." Citation [n] is hop n's evidence.
 */
export function narratePath(nodes: PathNode[], hops: PathHop[], nameOf: NameOf): string {
  if (hops.length === 0) return nodes[0] ? `${nodes[0].label}.` : '';
  const statements = hops.map((hop, i) => `${hopStatement(hop, nameOf)} [${i + 1}]`);
  return capitalize(statements.join('; ') + '.');
}

/**
 * One hop as a reader should take it: the clause, its date (and where a date not in the essay comes from), and
 * what the essay does with it. Claims say who makes them; hypotheticals and questions say what they are, so no
 * statement asserts what the essay only supposes or asks.
 */
function hopStatement(hop: StatedHop, nameOf: NameOf): string {
  const when = describeTime(hop.time);
  const core = clauseText(hop.clause) + (when ? ` (${when})` : '');
  switch (hop.modality) {
    case 'claim':
      return `${core}, according to ${nameOf(hop.assertedBy)}`;
    case 'hypothetical':
      return `${core} (hypothetically)`;
    case 'question':
      return `${core} (asked, not stated)`;
    default:
      return core;
  }
}

/**
 * "Sources: [1] Bo Sample, “Mao and Moscow”, Test Quarterly, 2003, sentence 2; [2] …": each hop's first quote, by
 * document, for a path that crosses documents. Sentences count from 1, as readers count.
 */
export function citeHops(
  hops: Pick<HopEdge, 'doc' | 'evidence'>[],
  documents: DocumentInfo[],
): string {
  const citations = citationsOf(documents);
  const cited = hops.map((hop, i) => {
    const first = hop.evidence[0];
    const where = [citations.get(hop.doc) ?? hop.doc, first ? `sentence ${first.sentence + 1}` : '']
      .filter(Boolean)
      .join(', ');
    return `[${i + 1}] ${where}`;
  });
  return `Sources: ${cited.join('; ')}.`;
}

/** Each document's citation by slug, made once per list of documents (a graph's, until a document changes). */
const citationsByList = new WeakMap<DocumentInfo[], Map<string, string>>();

function citationsOf(documents: DocumentInfo[]): Map<string, string> {
  let citations = citationsByList.get(documents);
  if (!citations)
    citationsByList.set(
      documents,
      (citations = new Map(documents.map((d) => [d.slug, documentCitation(d)]))),
    );
  return citations;
}

/** A hop as a sentence of its own (the drawing's footnotes, the Markdown report), its first letter upper-cased. */
export function hopSentence(hop: StatedHop, nameOf: NameOf): string {
  return capitalize(hopStatement(hop, nameOf));
}

/** A relation of the graph as one statement, capitalized: "Nikita Khrushchev denounced Joseph Stalin (1956)". */
export function edgeStatement(graph: EssayGraph, edge: string): string {
  const attrs = graph.getEdgeAttributes(edge);
  const clause = edgeClause(graph, edge);
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  return capitalize(hopStatement({ ...attrs, clause }, nameOf));
}
