// GET /api/entities/:id: one entity's attributes, its relations by type and direction with evidence, and its mentions.
import { Router } from 'express';
import { entityDetail } from '../../graph/query/entity-detail.js';
import { requireEntity } from '../../graph/query/resolve.js';
import type { EssaySource } from '../essay-source.js';
import { parseParams } from '../../contract/parse.js';
import { DocScopeQuery, EntityIdParams } from '../../contract/schemas.js';
import { checkScope } from '../../graph/query/documents.js';

export function entityDetailRoutes(source: EssaySource): Router {
  return Router().get('/api/entities/:id', (req, res) => {
    const essay = source.current();
    const { id } = parseParams(EntityIdParams, req.params);
    const { doc } = parseParams(DocScopeQuery, req.query);
    checkScope(essay.corpus, doc);
    res.json(entityDetail(essay, requireEntity(essay.graph, essay.index, id), doc));
  });
}
