// GET /api/entities?q=&limit=: entity search by id, label, alias or name, tolerant of misspellings.
import { Router } from 'express';
import { z } from 'zod';
import type { EssaySource } from '../essay-source.js';
import { parseParams } from '../../contract/parse.js';
import { intParam } from '../../contract/schemas.js';

export const EntitySearchQuery = z
  .object({
    q: z.string().trim().min(1, 'give the text to search for').max(200),
    limit: intParam({
      meaning: 'How many results at most (default 10).',
      min: 1,
      max: 100,
    }).default(10),
  })
  .strict();

export function entityRoutes(source: EssaySource): Router {
  return Router().get('/api/entities', (req, res) => {
    const { q, limit } = parseParams(EntitySearchQuery, req.query);
    res.json({ results: source.current().index.search(q, limit) });
  });
}
