// Measuring helpers of the benchmark: timings, percentiles, heap after a full collection, progress on stderr.

export interface Summary {
  count: number;
  median: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of an ascending list (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

/** Milliseconds one call takes; `repeats` > 1 keeps the fastest, which filters out other processes' noise. */
export function timeCall<T>(fn: () => T, repeats = 1): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const gc = (globalThis as { gc?: () => void }).gc;

export function canCollect(): boolean {
  return typeof gc === 'function';
}

/** Heap in use after a full collection (two passes: the first may leave finalizable garbage). */
export function settledHeap(): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export const MB = 1024 * 1024;
