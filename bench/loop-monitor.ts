// Preloaded into the real server process by the add-document benchmark (node --import): its event loop's delays, started and read over IPC.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** The longest delay and the 99th percentile while the histogram ran, in ms (resolution 1 ms). */
export interface LoopDelay {
  type: 'loop-delay';
  maxMs: number;
  p99Ms: number;
}

let histogram: IntervalHistogram | null = null;

process.on('message', (message: { type?: string }) => {
  if (message.type === 'loop-start') {
    histogram?.disable();
    histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    process.send?.({ type: 'loop-started' });
  } else if (message.type === 'loop-stop' && histogram) {
    histogram.disable();
    const h = histogram;
    const ms = (ns: number) => (h.count > 0 ? ns / 1e6 : 0);
    process.send?.({ type: 'loop-delay', maxMs: ms(h.max), p99Ms: ms(h.percentile(99)) });
  }
});
