// The details panel: a node's description, relations (by document) and mentions, or an edge's quotes, or a welcome.
import { KIND_COLORS } from '../../export/style.js';
import { h, icon, replaceChildren } from './dom.js';
import { quoteInSentence } from './quote.js';
import { formatSpan } from '../../graph/time-wording.js';
import { edgeClause } from '../../graph/wording.js';
import { groupRelations, type RelationGroup } from '../../graph/query/relation-groups.js';
import { clauseLine } from './clause-line.js';
import { assertedBy, labelsOf } from './asserted-by.js';
import { claimItem } from './claim-item.js';
import { badges } from './badges.js';
import { authorOf, claimsBySpeaker } from '../../graph/query/claims-by-speaker.js';
import { inForce } from '../state/filters.js';
import { apiScope, documentsInScope, inScope } from '../state/documents.js';
import { entitiesInScope } from '../../graph/query/view-filter.js';
import type {
  ArticleLookup,
  DocumentSummary,
  ClientEdgeAttributes,
  EntityKind,
  ExplorerGraph,
  NodeAttributes,
  State,
} from '../types.js';

export interface DetailsActions {
  pathFrom(id: string): void;
  pathTo(id: string): void;
  focus(id: string | null): void;
  example(from: string, to: string): void;
}

export function renderDetails(
  el: HTMLElement,
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  actions: DetailsActions,
): void {
  const sel = state.selection;
  if (sel?.type === 'node' && graph.hasNode(sel.id))
    return replaceChildren(el, nodeDetails(graph, articleOf, state, sel.id, actions));
  if (sel?.type === 'edge' && graph.hasEdge(sel.id))
    return replaceChildren(el, edgeDetails(graph, articleOf, state, sel.id));
  replaceChildren(el, welcome(graph, articleOf, state, actions));
}

interface Welcome {
  publication: string;
  title: string;
  author: string;
  entities: number;
  relations: number;
  sentences: number | null;
  /** The entities the view holds; null: all of the graph's. */
  nodes: Set<string> | null;
}

/** What the welcome sums up: the one document in scope (as published), or the documents in scope together. */
function welcomeOf(graph: ExplorerGraph, articleOf: ArticleLookup, state: State): Welcome {
  const attrs = graph.getAttributes();
  const docs = documentsInScope(state);
  const doc = apiScope(state);
  const nodes = entitiesInScope(graph, doc);
  const counts = {
    entities: nodes?.size ?? graph.order,
    relations: doc ? graph.filterEdges((_, a) => doc.includes(a.doc)).length : graph.size,
  };
  if (docs.length > 1)
    return {
      ...counts,
      nodes,
      publication: `${docs.length} documents`,
      title: docs.map((d) => d.title).join(' · '),
      author: [...new Set(docs.map((d) => d.author))].join(', '),
      sentences: docs.reduce((n, d) => n + d.sentences, 0),
    };
  const one: DocumentSummary | undefined = docs[0];
  const article = one ? articleOf(one.slug) : null;
  return {
    ...counts,
    nodes,
    publication: (one?.publication ?? attrs.publication) || 'Essay',
    title: article?.meta.title ?? one?.title ?? attrs.title,
    author: one?.author ?? attrs.author,
    sentences: one?.sentences ?? null,
  };
}

function welcome(
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  actions: DetailsActions,
) {
  const shown = welcomeOf(graph, articleOf, state);
  const top = graph
    .filterNodes((id) => shown.nodes === null || shown.nodes.has(id))
    .map((id) => {
      const { label, kind, importance } = graph.getNodeAttributes(id);
      return { id, label, kind, importance };
    })
    .sort((a, b) => b.importance - a.importance);
  return h(
    'div',
    { class: 'welcome' },
    h('p', { class: 'eyebrow' }, shown.publication),
    h('h2', { class: 'welcome-title' }, shown.title),
    h('p', { class: 'byline' }, `by ${shown.author}`),
    h(
      'dl',
      { class: 'stats' },
      h('div', {}, h('dt', {}, 'Entities'), h('dd', {}, shown.entities)),
      h('div', {}, h('dt', {}, 'Relations'), h('dd', {}, shown.relations)),
      h('div', {}, h('dt', {}, 'Sentences'), h('dd', {}, shown.sentences ?? '—')),
    ),
    h(
      'p',
      { class: 'lede' },
      'Every line in the graph is a relation the essay states, claims or imagines, and each one leads back to the sentence it comes from.',
    ),
    welcomeHints(),
    examplePaths(graph, top, actions),
    centralEntities(top),
  );
}

interface RankedNode {
  id: string;
  label: string;
  kind: EntityKind;
  importance: number;
}

function welcomeHints(): HTMLElement {
  return h(
    'ul',
    { class: 'hints' },
    h(
      'li',
      {},
      icon('pointer'),
      'Hover a node to see its neighbours; click it for its relations and quotes.',
    ),
    h('li', {}, icon('route'), 'Ask how two entities connect, through waypoints if you like.'),
    h('li', {}, icon('clock'), 'Drag the year slider to see which relations were in force.'),
  );
}

/** Two people far apart in rank, and the top state with the top concept (the author is left out). */
function examplePaths(graph: ExplorerGraph, top: RankedNode[], actions: DetailsActions) {
  const author = graph.getAttribute('author');
  const ofKind = (kind: string) => top.filter((n) => n.kind === kind && n.label !== author);
  const people = ofKind('person');
  const examples: [string, string][] = [];
  if (people.length >= 2)
    examples.push([people[0]!.id, people[Math.min(5, people.length - 1)]!.id]);
  const [state, concept] = [ofKind('state')[0], ofKind('concept')[0]];
  if (state && concept) examples.push([state.id, concept.id]);
  if (!examples.length) return null;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return h(
    'div',
    { class: 'examples' },
    h('h3', {}, 'Try a path'),
    examples.map(([from, to]) =>
      h(
        'button',
        { type: 'button', class: 'chip', onclick: () => actions.example(from, to) },
        `${label(from)} → ${label(to)}`,
      ),
    ),
  );
}

function centralEntities(top: RankedNode[]): HTMLElement {
  return h(
    'div',
    { class: 'examples' },
    h('h3', {}, 'Central entities'),
    top.slice(0, 10).map(entityChip),
  );
}

/** A link that selects the entity, its kind's colour beside its name. */
function entityChip(n: RankedNode): HTMLElement {
  const href = `?node=${encodeURIComponent(n.id)}`;
  const dot = h('span', {
    class: 'kind-dot',
    style: `--dot:${KIND_COLORS[n.kind]}`,
    'aria-hidden': 'true',
  });
  return h('a', { class: 'chip entity-chip', href, 'data-node': n.id }, dot, n.label);
}

type Group = RelationGroup<ClientEdgeAttributes>;

/** The groups' relations stated in the documents `keep` accepts; groups left empty are dropped. */
function groupsIn(groups: Group[], keep: (doc: string) => boolean): Group[] {
  return groups
    .map((g) => ({ ...g, relations: g.relations.filter((r) => keep(r.attributes.doc)) }))
    .filter((g) => g.relations.length > 0);
}

/** With several documents in scope, the relations come under the title of the document stating them. */
function relationSections(
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  groups: Group[],
): (HTMLElement | null)[] {
  const section = (g: Group) => relationSection(graph, articleOf, state, g);
  const docs = documentsInScope(state);
  if (docs.length <= 1) return groups.map(section);
  return docs.map((doc) => {
    const own = groupsIn(groups, (d) => d === doc.slug);
    if (!own.length) return null;
    return h(
      'section',
      { class: 'document-relations', 'data-doc': doc.slug },
      h('h3', { class: 'section-title document-title' }, doc.title),
      own.map(section),
    );
  });
}

function nodeDetails(
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  id: string,
  actions: DetailsActions,
) {
  const a = graph.getNodeAttributes(id);
  const groups = groupsIn(groupRelations(graph, id), (doc) => inScope(state, doc));
  const count = groups.reduce((n, g) => n + g.relations.length, 0);
  const span = formatSpan(a.time);
  return h(
    'article',
    { class: 'details', 'aria-labelledby': 'details-title' },
    h(
      'p',
      { class: 'eyebrow' },
      h('span', { class: 'kind-dot', style: `--dot:${a.color}`, 'aria-hidden': 'true' }),
      a.kind,
      span ? ` · ${span}` : '',
    ),
    h('h2', { id: 'details-title', tabindex: '-1' }, a.label),
    a.aliases.length ? h('p', { class: 'aliases' }, `Also: ${a.aliases.join(', ')}`) : null,
    a.description ? h('p', { class: 'description' }, a.description) : null,
    nodeActions(id, state.focus === id, actions),
    h('h3', { class: 'section-title' }, `Relations (${count})`),
    groups.length === 0
      ? h('p', { class: 'muted' }, 'The essay relates this entity to nothing else.')
      : null,
    relationSections(graph, articleOf, state, groups),
    claimsSection(graph, articleOf, state, id),
    mentionsSection(
      a.mentions.filter((m) => inScope(state, m.doc)),
      articleOf,
    ),
  );
}

function nodeActions(id: string, focused: boolean, actions: DetailsActions): HTMLElement {
  return h(
    'div',
    { class: 'actions' },
    h(
      'button',
      { type: 'button', class: 'button', onclick: () => actions.pathFrom(id) },
      icon('route'),
      'Path from here',
    ),
    h(
      'button',
      { type: 'button', class: 'button', onclick: () => actions.pathTo(id) },
      icon('flag'),
      'Path to here',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        'aria-pressed': String(focused),
        onclick: () => actions.focus(focused ? null : id),
      },
      icon('focus'),
      focused ? 'Show everything' : 'Focus on neighbours',
    ),
  );
}

function relationSection(
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  group: Group,
): HTMLElement {
  return h(
    'section',
    { class: 'relation-group' },
    h('h4', {}, group.label, h('span', { class: 'count' }, group.relations.length)),
    h(
      'ul',
      { class: 'relation-list' },
      group.relations.map((item) => relationItem(graph, articleOf, state, item)),
    ),
  );
}

function relationItem(
  graph: ExplorerGraph,
  articleOf: ArticleLookup,
  state: State,
  item: Group['relations'][number],
): HTMLElement {
  const doc = item.attributes.doc;
  const other = encodeURIComponent(item.other);
  return h(
    'li',
    { class: inForce(item.attributes.time, state.year) ? '' : 'out-of-time' },
    h(
      'div',
      { class: 'relation-head' },
      h(
        'a',
        { href: `?node=${other}`, 'data-node': item.other, class: 'entity-link' },
        item.otherLabel,
      ),
      badges(item.attributes, state.year),
      h(
        'a',
        {
          href: `?edge=${encodeURIComponent(item.edge)}`,
          'data-edge': item.edge,
          class: 'edge-link',
          'aria-label': `Open the relation with ${item.otherLabel}`,
        },
        icon('arrow'),
      ),
    ),
    assertedBy(item.attributes.assertedBy, labelsOf(graph)),
    item.attributes.evidence.slice(0, 1).map((e) => quoteInSentence(e, articleOf(doc), doc)),
  );
}

function mentionsSection(mentions: NodeAttributes['mentions'], articleOf: ArticleLookup) {
  if (!mentions.length) return null;
  return h(
    'section',
    { class: 'mentions' },
    h('h3', { class: 'section-title' }, mentionedIn(countSentences(mentions))),
    h(
      'ol',
      { class: 'mention-list' },
      uniqueSentences(mentions).map((m) =>
        h(
          'li',
          {},
          quoteInSentence(
            { quote: m.text, sentence: m.sentence, start: m.start, end: m.end },
            articleOf(m.doc),
            m.doc,
          ),
        ),
      ),
    ),
  );
}

function edgeDetails(graph: ExplorerGraph, articleOf: ArticleLookup, state: State, id: string) {
  const a = graph.getEdgeAttributes(id);
  const article = articleOf(a.doc);
  // With several documents, the relation says which one states it.
  const source = state.documents.length > 1 ? state.documents.find((d) => d.slug === a.doc) : null;
  return h(
    'article',
    { class: 'details', 'aria-labelledby': 'details-title' },
    h('p', { class: 'eyebrow' }, 'Relation', source ? ` · ${source.title}` : ''),
    h(
      'h2',
      { id: 'details-title', class: 'edge-title', tabindex: '-1' },
      clauseLine(edgeClause(graph, id), a.polarity, (node, text) =>
        h(
          'a',
          { href: `?node=${encodeURIComponent(node)}`, 'data-node': node, class: 'entity-link' },
          text,
        ),
      ),
    ),
    badges(a, state.year),
    a.time?.source ? h('p', { class: 'muted date-source' }, `Date: ${a.time.source}`) : null,
    assertedBy(a.assertedBy, labelsOf(graph)),
    a.note ? h('p', { class: 'note' }, a.note) : null,
    h(
      'h3',
      { class: 'section-title' },
      a.evidence.length === 1 ? 'Evidence' : `Evidence (${a.evidence.length})`,
    ),
    a.evidence.length
      ? a.evidence.map((e) => quoteInSentence(e, article, a.doc))
      : h('p', { class: 'muted' }, 'No quote is attached to this relation.'),
  );
}

/** The relations this entity asserts (graph/query/claims-by-speaker.ts): a speaker's page lists what they claim. */
function claimsSection(graph: ExplorerGraph, articleOf: ArticleLookup, state: State, id: string) {
  const author = authorOf(graph, graph.getAttribute('author'));
  const [group] = claimsBySpeaker(graph, { author, speaker: id });
  if (!group) return null;
  return h(
    'section',
    { class: 'claims-made', 'aria-labelledby': 'claims-made-title' },
    h(
      'h3',
      { class: 'section-title', id: 'claims-made-title' },
      `${CLAIMS_MADE_HEADING} (${group.claims.length})`,
    ),
    h(
      'ul',
      { class: 'relation-list' },
      group.claims.map((claim) => {
        const doc = graph.getEdgeAttribute(claim.edge, 'doc');
        return claimItem(claim, state.year, (e) => quoteInSentence(e, articleOf(doc), doc));
      }),
    ),
  );
}

const CLAIMS_MADE_HEADING = 'Claims made';

/** A sentence is named by its document and its index: sentence 3 of two documents is two sentences. */
const sentenceKey = (m: { doc: string; sentence: number }) => `${m.doc}#${m.sentence}`;

function uniqueSentences<T extends { doc: string; sentence: number }>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(sentenceKey(m)) && seen.add(sentenceKey(m)));
}

function countSentences(mentions: { doc: string; sentence: number }[]): number {
  return new Set(mentions.map(sentenceKey)).size;
}

/** "Mentioned in 1 sentence", "Mentioned in 4 sentences". */
function mentionedIn(count: number): string {
  return `Mentioned in ${count} ${count === 1 ? 'sentence' : 'sentences'}`;
}
