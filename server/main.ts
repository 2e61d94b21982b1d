// Starts the server: loads the corpus (failing fast on a broken one), listens, reloads on SIGHUP, drains on SIGTERM.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { reloadAndLog, watchCorpus } from './corpus-watch.js';
import { reloadableEssay } from './essay-source.js';
import { createHttpServer } from './http-server.js';
import { listenMessage } from './listen-address.js';
import { loadEssay } from '../graph/essay.js';

const DRAIN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const load = () => loadEssay(config.CORPUS_DIR);
  const source = reloadableEssay(await load(), load);
  let ready = true;
  const app = createApp({
    source,
    clientDir: 'dist',
    logger,
    isReady: () => ready,
    corsOrigins: config.CORS_ORIGINS,
    embedOrigins: config.EMBED_ORIGINS,
    devDatasets: config.DEV_DATASETS,
    ...(config.RATE_LIMIT > 0 ? { rateLimit: { limit: config.RATE_LIMIT, windowMs: 60_000 } } : {}),
  });
  const server = createHttpServer(app).listen(config.PORT, config.HOST, () => {
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
  });
  server.on('error', (error) => fail(error.message));
  const watcher = config.WATCH_CORPUS ? watchCorpus(config.CORPUS_DIR, source, logger) : null;

  process.on('SIGHUP', () => void reloadAndLog(source, logger));
  const stop = (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then exiting');
    ready = false;
    watcher?.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

function fail(message: string): never {
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
