// Starts the server: loads the corpus (failing fast on a broken one), listens, reloads on SIGHUP, drains on SIGTERM.
// Imported first: its handlers must be in place before the slow imports and the corpus load below.
import { onSignal } from './signals.js';
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { readConfig, type Config } from './config.js';
import { reloadAndLog, watchCorpus } from './corpus-watch.js';
import { reloadableEssay, type ReloadableEssaySource } from './essay-source.js';
import { closeUnansweredConnections, createHttpServer } from './http-server.js';
import { renderQueue, type RenderQueue } from './render-queue.js';
import { listenMessage } from './listen-address.js';
import { loadEssay } from '../graph/essay.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';

/** In-flight answers get this long to finish after SIGTERM; then the remaining connections are closed. */
const DRAIN_TIMEOUT_MS = 10_000;
const MINUTE_MS = 60_000;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  logger.info({ corpus: config.CORPUS_DIR }, 'loading the corpus');
  const load = () => loadEssay(config.CORPUS_DIR, { layout: DRAWN_LAYOUT });
  const source = reloadableEssay(await load(), load);
  let ready = true;
  const queue = renderQueue();
  const app = createApp({
    source,
    clientDir: 'dist',
    logger,
    isReady: () => ready,
    corsOrigins: config.CORS_ORIGINS,
    embedOrigins: config.EMBED_ORIGINS,
    devDatasets: config.DEV_DATASETS,
    trustProxy: config.TRUST_PROXY,
    renderQueue: queue,
    ...limits(config),
  });
  const server = createHttpServer(app).listen(config.PORT, config.HOST, () =>
    logListening(server, source, config, logger),
  );
  server.on('error', (error) => fail(error.message));
  const watcher = config.WATCH_CORPUS ? watchCorpus(config.CORPUS_DIR, source, logger) : null;

  onSignal('SIGHUP', () => void reloadAndLog(source, logger));
  const stop = drainer(server, queue, logger, () => {
    ready = false;
    watcher?.close();
  });
  onSignal('SIGTERM', () => stop('SIGTERM'));
  onSignal('SIGINT', () => stop('SIGINT'));
}

function limits(config: Config) {
  return {
    ...(config.RATE_LIMIT > 0
      ? { rateLimit: { limit: config.RATE_LIMIT, windowMs: MINUTE_MS } }
      : {}),
    ...(config.RENDER_LIMIT > 0
      ? { renderLimit: { limit: config.RENDER_LIMIT, windowMs: MINUTE_MS } }
      : {}),
  };
}

function logListening(
  server: Server,
  source: ReloadableEssaySource,
  config: Config,
  logger: Logger,
): void {
  const { graph } = source.current();
  const address = server.address() as AddressInfo;
  const { url, allInterfaces, message } = listenMessage(address);
  logger.info(
    {
      port: address.port,
      host: address.address,
      url,
      allInterfaces,
      nodes: graph.order,
      edges: graph.size,
      corpus: config.CORPUS_DIR,
    },
    message,
  );
}

/**
 * Stops accepting, answers waiting drawings 503, closes connections with no answer under way (half-sent
 * requests included), lets the answers under way finish, and at the deadline closes what remains: exit 0.
 */
function drainer(server: Server, queue: RenderQueue, logger: Logger, beforeDrain: () => void) {
  let stopping = false;
  return (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then exiting');
    beforeDrain();
    queue.drain();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    closeUnansweredConnections(server);
    setTimeout(() => {
      logger.warn('drain deadline reached: closing the remaining connections');
      server.closeAllConnections();
    }, DRAIN_TIMEOUT_MS).unref();
  };
}

function fail(message: string): never {
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
