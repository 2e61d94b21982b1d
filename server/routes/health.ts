// GET /api/health: readiness and the size of the graph being served.
import { Router } from 'express';
import type { EssaySource } from '../essay-source.js';

export function healthRoutes(source: EssaySource): Router {
  return Router().get('/api/health', (_req, res) => {
    const { graph } = source.current();
    res.json({ status: 'ok', nodes: graph.order, edges: graph.size });
  });
}
