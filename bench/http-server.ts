// The server under load, in its own process: the real app over a corpus, on a loopback port told to the parent.
import type { AddressInfo } from 'node:net';
import { loadEssay } from '../graph/essay.js';
import { createApp } from '../server/app.js';
import { fixedEssay } from '../server/essay-source.js';

export interface ServerReady {
  port: number;
  nodes: number;
  edges: number;
}

const send = (message: ServerReady | { error: string }) => process.send?.(message);

try {
  const essay = await loadEssay(process.argv[2] ?? '');
  // No request logger and no rate limit: the benchmark measures the routes, not pino or the limiter's 429s.
  const app = createApp({ source: fixedEssay(essay) });
  const server = app.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    send({ port, nodes: essay.graph.order, edges: essay.graph.size });
  });
  process.on('disconnect', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
