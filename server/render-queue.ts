// The queue drawings (graph.svg, graph.png) wait in: one at a time, capped, skipping clients that hung up.
import PQueue from 'p-queue';

const RENDER_QUEUE = {
  /** Drawings rendered at once: each takes a core (the machine this runs on has two) and up to 150 MB. */
  concurrency: 1,
  /**
   * Drawings that may wait; more get 503. A drawing takes 0.1–0.4 s, so the last one waits a few seconds at
   * most (docs/performance.md, "PNG flood").
   */
  maxWaiting: 8,
  /** Retry-After of a 503: about the time the queue takes to clear. */
  retryAfterSeconds: 3,
} as const;

/** The queue is full, or the server is shutting down: try again later (503 with Retry-After). */
export class UnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number = RENDER_QUEUE.retryAfterSeconds,
  ) {
    super(message);
    this.name = 'UnavailableError';
  }
}

export interface RenderQueue {
  /**
   * Runs `job` when its turn comes. `signal` aborts it while it waits (its client hung up): it is dropped
   * unrendered. Throws UnavailableError when the queue is full or drained.
   */
  run<T>(job: () => Promise<T>, signal: AbortSignal): Promise<T>;
  /** Shutting down: every waiting job fails with UnavailableError, and so does every later one. */
  drain(): void;
  /** Jobs waiting (not the one being rendered). */
  readonly waiting: number;
}

export function renderQueue(
  options: { concurrency?: number; maxWaiting?: number } = {},
): RenderQueue {
  const { concurrency, maxWaiting } = { ...RENDER_QUEUE, ...options };
  const queue = new PQueue({ concurrency });
  /** Aborts a job, only while it waits: p-queue would free a running job's slot while its render goes on. */
  const waiting = new Set<(reason: unknown) => void>();
  let draining = false;
  const shuttingDown = () => new UnavailableError('The server is shutting down; retry shortly.');
  return {
    async run(job, signal) {
      if (draining) throw shuttingDown();
      if (queue.size >= maxWaiting)
        throw new UnavailableError(
          `${queue.size} drawings are waiting to be rendered; retry in a few seconds, or export as SVG.`,
        );
      const whileWaiting = new AbortController();
      const abort = (reason: unknown) => whileWaiting.abort(reason);
      const clientGone = () => abort(signal.reason);
      waiting.add(abort);
      signal.addEventListener('abort', clientGone, { once: true });
      if (signal.aborted) clientGone();
      const start = () => {
        waiting.delete(abort);
        signal.removeEventListener('abort', clientGone);
        return job();
      };
      try {
        return await queue.add(start, { signal: whileWaiting.signal });
      } finally {
        waiting.delete(abort);
        signal.removeEventListener('abort', clientGone);
      }
    },
    drain() {
      draining = true;
      for (const abort of waiting) abort(shuttingDown());
    },
    get waiting() {
      return queue.size;
    },
  };
}
