// The review API's documented operations: a document's annotations with their review status, their edits, history.
import {
  AnnotationsQuery,
  EntityPatchBody,
  HistoryVersionParams,
  NewEntityBody,
  NewRelationBody,
  RelationPatchBody,
  ReviewItemParams,
} from '../../contract/annotations.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import type { ApiOperation } from './operations.js';
import type { ProblemStatus } from './problems.js';
import { ref } from './schemas.js';

const ANNOTATIONS = '/api/documents/{slug}/annotations';
const RELATIONS = '/api/documents/{slug}/relations';
const ENTITIES = '/api/documents/{slug}/entities';

/** Every review write: the guard's refusals, the document or item unknown, If-Match stale, the loader's refusal. */
const WRITE_PROBLEMS: ProblemStatus[] = [400, 401, 403, 404, 412, 422, 429];
/** Writes with a body: also too large (413) or not JSON (415). */
const BODY_PROBLEMS: ProblemStatus[] = [400, 401, 403, 404, 412, 413, 415, 422, 429];

const CHECKED =
  'Written only if the loader takes the document after the change (else 422 with its problems, and nothing is ' +
  'written), through the YAML document so that comments and key order stay; the version replaced is kept in the ' +
  'history. The graph changes at once. Needs the edit token.';

const relation = { description: 'The relation as written.', schema: ref('ReviewRelation') };
const entity = { description: 'The entity as written.', schema: ref('ReviewEntity') };
const removed = { description: 'What was removed, and the new version.', schema: ref('Removed') };

export const REVIEW_OPERATIONS: ApiOperation[] = [
  {
    path: ANNOTATIONS,
    editToken: true,
    versioned: true,
    summary:
      "A document's annotations to review: entities and relations with their status and spans",
    description:
      'As the file on disk has them now (a hand edit included), with its version as `ETag` and `version`. Without ' +
      '`drafts`, only accepted annotations (what the public sees); with `drafts=1`, drafts and rejected ones too. ' +
      'Public reads (/api/graph, /api/paths, exports…) never show drafts. 422 when the file, edited by hand, no ' +
      'longer loads. Needs the edit token, as drafts are not public.',
    pathParams: DocumentSlugParams,
    query: AnnotationsQuery,
    response: { description: 'The annotations.', schema: ref('ReviewAnnotations') },
    problems: [400, 401, 403, 404, 422, 429],
  },
  {
    path: RELATIONS,
    method: 'post',
    versioned: true,
    summary: 'Add a relation to a document',
    description: `Accepted unless \`status\` says otherwise. ${CHECKED}`,
    pathParams: DocumentSlugParams,
    body: NewRelationBody,
    status: 201,
    response: relation,
    problems: BODY_PROBLEMS,
  },
  {
    path: `${RELATIONS}/{id}`,
    method: 'patch',
    versioned: true,
    summary: 'Change, accept or reject a relation',
    description:
      '`null` removes an optional field. Accepting a relation accepts the entities of the document it names. ' +
      `Changing its ends changes an id made of them. ${CHECKED}`,
    pathParams: ReviewItemParams,
    body: RelationPatchBody,
    response: relation,
    problems: BODY_PROBLEMS,
  },
  {
    path: `${RELATIONS}/{id}`,
    method: 'delete',
    versioned: true,
    summary: 'Remove a relation',
    description: CHECKED,
    pathParams: ReviewItemParams,
    response: removed,
    problems: WRITE_PROBLEMS,
  },
  {
    path: ENTITIES,
    method: 'post',
    versioned: true,
    summary: 'Add an entity to a document, or link words to an entity',
    description:
      'A new entity of the document (its id made from its label unless given), or `linkTo` with `alias`: a local ' +
      `alias, so the words mention that entity in this text. ${CHECKED}`,
    pathParams: DocumentSlugParams,
    body: NewEntityBody,
    status: 201,
    response: entity,
    problems: BODY_PROBLEMS,
  },
  {
    path: `${ENTITIES}/{id}`,
    method: 'patch',
    versioned: true,
    summary: "Change, accept, reject or merge a document's entity",
    description:
      '`mergeInto` (alone) moves its relations to another entity and makes its names local aliases of it; the ' +
      `answer is that entity. ${CHECKED}`,
    pathParams: ReviewItemParams,
    body: EntityPatchBody,
    response: entity,
    problems: BODY_PROBLEMS,
  },
  {
    path: `${ENTITIES}/{id}`,
    method: 'delete',
    versioned: true,
    summary: "Remove a document's entity (a candidate)",
    description: `Its local aliases and the relations not accepted that name it go with it. ${CHECKED}`,
    pathParams: ReviewItemParams,
    response: removed,
    problems: WRITE_PROBLEMS,
  },
  {
    path: '/api/documents/{slug}/history',
    editToken: true,
    summary: "The kept versions of a document's annotations, newest first",
    description: 'Each write keeps the version it replaced (the last 100). Needs the edit token.',
    pathParams: DocumentSlugParams,
    response: { description: 'The versions.', schema: ref('AnnotationsVersions') },
    problems: [400, 401, 403, 404, 429],
  },
  {
    path: '/api/documents/{slug}/history/{version}/restore',
    method: 'post',
    versioned: true,
    summary: 'Restore a kept version of the annotations',
    description: `The version replaced is kept in turn: nothing is lost. Answers the annotations, drafts listed. ${CHECKED}`,
    pathParams: HistoryVersionParams,
    response: { description: 'The annotations restored.', schema: ref('ReviewAnnotations') },
    problems: WRITE_PROBLEMS,
  },
];
