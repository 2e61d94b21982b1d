// Starts the server: loads the corpus (failing fast on a broken one), listens, drains on SIGTERM.
import { pino } from 'pino';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { fixedEssay } from './essay-source.js';
import { CorpusError } from '../graph/errors.js';
import { loadEssay } from '../graph/essay.js';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const essay = await loadEssay(config.CORPUS_DIR);
  const app = createApp({ source: fixedEssay(essay), clientDir: 'dist', logger });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info(
      { nodes: essay.graph.order, edges: essay.graph.size },
      `essay graph at http://localhost:${config.PORT}`,
    );
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'draining and shutting down');
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof CorpusError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(1);
});
