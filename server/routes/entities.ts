// GET /api/entities?q=&limit=: entity search by id, label, alias or name, tolerant of misspellings.
import { Router } from 'express';
import { z } from 'zod';
import type { EssaySource } from '../essay-source.js';
import { IntParam } from '../query-schemas.js';
import { parseQuery } from '../validate.js';

export const EntitySearchQuery = z
  .object({
    q: z.string().trim().min(1, 'give the text to search for').max(200),
    limit: IntParam('How many results at most (default 10).', 1, 100).default(10),
  })
  .strict();

export function entityRoutes(source: EssaySource): Router {
  return Router().get('/api/entities', (req, res) => {
    const { q, limit } = parseQuery(EntitySearchQuery, req.query);
    res.json({ results: source.current().index.search(q, limit) });
  });
}
