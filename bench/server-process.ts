// Runs bench/http-server.ts in a child process for a benchmark: start it, ask it questions over IPC, end it.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ServerAnswer, ServerQuestion, ServerReady } from './http-server.js';
import { progress } from './stats.js';

export interface ServerProcess extends ServerReady {
  base: string;
  ask<T extends ServerQuestion['type']>(type: T): Promise<Extract<ServerAnswer, { type: T }>>;
  stop(): Promise<void>;
}

/** What every HTTP benchmark's result opens with: the corpus it ran on, the graph's size and the load it put. */
export interface RunShape {
  corpusDir: string;
  nodes: number;
  edges: number;
  connections: number;
  duration: number;
}

export function runShape(
  server: ServerReady,
  o: { corpusDir: string; connections: number; duration: number },
): RunShape {
  const { corpusDir, connections, duration } = o;
  return { corpusDir, nodes: server.nodes, edges: server.edges, connections, duration };
}

const STARTUP_TIMEOUT_MS = 60_000;
const ANSWER_TIMEOUT_MS = 30_000;

/**
 * The app over `corpusDir` on 127.0.0.1; `exposeGc` lets it report its memory after a full collection; `args`
 * go to bench/http-server.ts (`--production-limits`).
 */
export async function startServer(
  corpusDir: string,
  exposeGc = true,
  args: string[] = [],
): Promise<ServerProcess> {
  progress(`starting the app over ${corpusDir} in a child process`);
  // tsx as a loader of the child (not the tsx CLI, which would leave a grandchild behind).
  const child = fork('bench/http-server.ts', [corpusDir, ...args], {
    execArgv: [...(exposeGc ? ['--expose-gc'] : []), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const [ready] = (await once(child, 'message', {
      signal: AbortSignal.timeout(STARTUP_TIMEOUT_MS),
    })) as [ServerReady | { error: string }];
    if ('error' in ready) throw new Error(`bench: the server did not start: ${ready.error}`);
    return {
      ...ready,
      base: `http://127.0.0.1:${ready.port}`,
      ask: (type) => ask(child, type),
      stop: () => stop(child),
    };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

async function ask<T extends ServerQuestion['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ServerAnswer, { type: T }>> {
  const signal = AbortSignal.timeout(ANSWER_TIMEOUT_MS);
  const answered = new Promise<ServerAnswer>((resolve, reject) => {
    const onMessage = (message: ServerAnswer) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    signal.addEventListener('abort', () => {
      child.off('message', onMessage);
      reject(
        new Error(`bench: the server did not answer "${type}" within ${ANSWER_TIMEOUT_MS} ms.`),
      );
    });
  });
  child.send({ type } satisfies ServerQuestion);
  return (await answered) as Extract<ServerAnswer, { type: T }>;
}

/** Ends the child: disconnecting asks it to close; a kill if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  if (child.connected) child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
