// The routes' shared query schemas, as the API docs (server/openapi.ts) import them: defined once in contract/.
export {
  EntityIdParams,
  ExportQuery,
  NeighborsQuery,
  PathsQuery,
  ViewFilterQuery,
  viewFilterShape,
} from '../contract/schemas.js';
