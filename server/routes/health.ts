// GET /api/health: readiness and the size of the graph being served (503 while draining for shutdown).
import { Router } from 'express';
import type { EssaySource } from '../essay-source.js';

export function healthRoutes(source: EssaySource, isReady: () => boolean): Router {
  return Router().get('/api/health', (_req, res) => {
    const { graph } = source.current();
    res.set('Cache-Control', 'no-store');
    if (!isReady()) {
      res.status(503).json({ status: 'draining', nodes: graph.order, edges: graph.size });
      return;
    }
    res.json({ status: 'ok', nodes: graph.order, edges: graph.size });
  });
}
