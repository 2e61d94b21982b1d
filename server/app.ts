// Builds the Express app (no listen): security headers, compression, logs, the API routes and the client.
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { pinoHttp, type Options as PinoHttpOptions } from 'pino-http';
import { securityHeaders } from './csp.js';
import { editorGuard, writeGuard } from './write-guard.js';
import { withAnswerCache } from './answer-cache.js';
import type { EssaySource } from './essay-source.js';
import { notFoundRoute, problemMiddleware } from './problem.js';
import { rateLimiter, readOnlyCors, type RateLimitOptions } from './protection.js';
import { articleRoutes } from './routes/article.js';
import { documentRoutes } from './routes/documents.js';
import { documentWriteRoutes } from './routes/document-writes.js';
import { reviewRoutes } from './routes/review.js';
import type { CorpusLibrary } from './corpus-library.js';
import { devDatasetRoutes } from './routes/dev-dataset.js';
import { docsRoutes } from './routes/docs.js';
import { embedRoutes, type EmbedOrigins } from './routes/embed.js';
import { entityRoutes } from './routes/entities.js';
import type { RenderQueue } from './render-queue.js';
import { DRAWING_EXPORTS, exportRoutes } from './routes/export.js';
import { entityDetailRoutes } from './routes/entity-detail.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import { neighborRoutes } from './routes/neighbors.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/query.js';
import type { EditOptions } from './write-guard.js';

export interface AppOptions {
  source: EssaySource;
  /** The built client (vite's dist/); served at `/` when present. */
  clientDir?: string;
  logger?: PinoHttpOptions['logger'];
  /** False while the server drains before exit; /api/health then answers 503. */
  isReady?: () => boolean;
  /** Per-client limit on /api requests; off when absent (tests that measure throughput). */
  rateLimit?: RateLimitOptions;
  /** Origins allowed to read the API cross-origin (default: any). */
  corsOrigins?: '*' | string[];
  /** Serve /api/dev/synthetic, the large graphs that measure the explorer (development only). */
  devDatasets?: boolean;
  /** Origins allowed to frame /embed (default: any); every other page refuses framing. */
  embedOrigins?: EmbedOrigins;
  /** Per-client limit on drawings (graph.svg, graph.png), within `rateLimit`; off when absent. */
  renderLimit?: RateLimitOptions;
  /** The queue drawings wait in (default: a new one); main.ts drains it on shutdown. */
  renderQueue?: RenderQueue;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For names the client; off by default. */
  trustProxy?: boolean | number | string[];
  /** Who may write (EDIT_TOKEN, READ_ONLY, WRITE_RATE_LIMIT): every write route stands behind `writeGuard(edit)`. */
  edit?: EditOptions;
  /** The corpus folder writes go to (POST and DELETE /api/documents); without it, the API only reads. */
  library?: CorpusLibrary;
}

/** One short line per request: who asked what and how it went, without echoing every header. */
const REQUEST_LOG_SERIALIZERS = {
  req: (req: { id: unknown; method: string; url: string }) => ({
    id: req.id,
    method: req.method,
    url: req.url,
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** API answers change when the corpus is reloaded: clients keep them but ask again (ETag → 304) every time. */
const revalidate: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-cache');
  next();
};

const revalidateFile = (res: ServerResponse) => res.setHeader('Cache-Control', 'no-cache');

export function createApp(options: AppOptions): Express {
  const { clientDir, logger, isReady = () => true } = options;
  const source = withAnswerCache(options.source);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders());
  app.use(compression());
  if (logger) app.use(pinoHttp({ logger, serializers: REQUEST_LOG_SERIALIZERS }));
  app.use('/api', readOnlyCors(options.corsOrigins ?? '*'));
  app.use('/api', revalidate);
  if (options.rateLimit) app.use('/api', rateLimiter(options.rateLimit));
  if (options.renderLimit)
    app.use(
      DRAWING_EXPORTS.map((name) => `/api/export/${name}`),
      rateLimiter(options.renderLimit, 'drawings'),
    );

  app.use(healthRoutes(source, isReady));
  app.use(graphRoutes(source));
  app.use(entityRoutes(source));
  app.use(entityDetailRoutes(source));
  app.use(neighborRoutes(source));
  app.use(pathRoutes(source));
  app.use(queryRoutes(source));
  app.use(docsRoutes(source));
  app.use(articleRoutes(source));
  app.use(documentRoutes(source));
  if (options.library) {
    const guard = writeGuard(options.edit);
    app.use(documentWriteRoutes(options.library, guard));
    app.use(reviewRoutes(options.library, editorGuard(options.edit), guard));
  }
  app.use(exportRoutes(source, options.renderQueue));
  if (options.devDatasets) app.use(devDatasetRoutes());
  app.use('/api', notFoundRoute);

  if (clientDir && existsSync(clientDir)) {
    app.use(embedRoutes(clientDir, options.embedOrigins ?? '*'));
    // Vite names every file in assets/ by its content's hash: a new build is a new name, so they never go stale.
    app.use(
      '/assets',
      express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    );
    app.use(
      express.static(clientDir, {
        index: 'index.html',
        // /studio is studio.html (the review studio), as /embed is embed.html.
        extensions: ['html'],
        cacheControl: false,
        setHeaders: revalidateFile,
      }),
    );
  }
  app.use(notFoundRoute);
  app.use(problemMiddleware);
  return app;
}
