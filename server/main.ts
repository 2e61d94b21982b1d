// Starts the server: loads the corpus (failing fast on a broken one), listens, reloads on SIGHUP, drains on SIGTERM.
// Imported first: its handlers must be in place before the slow imports and the corpus load below.
import { onSignal } from './signals.js';
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { readConfig, type Config } from './config.js';
import { syncAndLog, watchCorpus } from './corpus-watch.js';
import { openCorpusLibrary } from './corpus-library.js';
import type { EssaySource } from './essay-source.js';
import { removeStaleStaging } from '../store/document-folder.js';
import { closeUnansweredConnections, createHttpServer } from './http-server.js';
import { renderQueue, type RenderQueue } from './render-queue.js';
import { listenMessage } from './listen-address.js';
import { editLink, resolveEditToken, type ResolvedEditToken } from './edit-token.js';
import type { EditOptions } from './write-guard.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';

/** In-flight answers get this long to finish after SIGTERM; then the remaining connections are closed. */
const DRAIN_TIMEOUT_MS = 10_000;
const MINUTE_MS = 60_000;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  logger.info({ corpus: config.CORPUS_DIR }, 'loading the corpus');
  const library = await openCorpusLibrary(config.CORPUS_DIR, { layout: DRAWN_LAYOUT });
  // An import killed half-way left a dot-folder, which no loader reads: nothing of it was ever served.
  if (library.root !== null) await removeStaleStaging(library.root);
  const source = library;
  let ready = true;
  const queue = renderQueue();
  const editing = resolveEditToken({ given: config.EDIT_TOKEN, readOnly: config.READ_ONLY });
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
    edit: editOptions(config, editing.token),
    library,
    ...limits(config),
  });
  const server = createHttpServer(app).listen(config.PORT, config.HOST, () => {
    const url = logListening(server, source, config, logger);
    announceEditing(url, editing, logger);
  });
  server.on('error', (error) => fail(error.message));
  const watcher = config.WATCH_CORPUS ? watchCorpus(config.CORPUS_DIR, library, logger) : null;

  onSignal('SIGHUP', () => void syncAndLog(library, logger));
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

function editOptions(config: Config, token: string | null): EditOptions {
  return {
    token,
    readOnly: config.READ_ONLY,
    ...(config.WRITE_RATE_LIMIT > 0
      ? { writeRateLimit: { limit: config.WRITE_RATE_LIMIT, windowMs: MINUTE_MS } }
      : {}),
  };
}

/** Logs where the server listens; returns the URL to open. */
function logListening(server: Server, source: EssaySource, config: Config, logger: Logger): string {
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
  return url;
}

/**
 * Says how writes are opened. A generated token is printed once, as a link, on stderr the way Jupyter does, and
 * never in the JSON log, which may be shipped and kept elsewhere; a token given in EDIT_TOKEN is never printed.
 */
function announceEditing(
  url: string,
  { token, generated }: ResolvedEditToken,
  logger: Logger,
): void {
  if (token === null)
    return logger.info({ readOnly: true }, 'read-only (READ_ONLY): every write is refused');
  if (!generated)
    return logger.info({ editToken: 'EDIT_TOKEN' }, 'writes need the token set in EDIT_TOKEN');
  logger.info(
    { editToken: 'generated' },
    'no EDIT_TOKEN set: writes need the token made for this run; open the edit link printed on stderr',
  );
  process.stderr.write(
    `\nTo edit, open this link (it holds the token; anyone with it can add, review and delete documents):\n` +
      `    Edit link: ${editLink(url, token)}\n\n`,
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
