// The "PNG flood" section states what was measured: both latencies, the delay, and what the flood got.
import { describe, expect, it } from 'vitest';
import { floodSection } from '../../bench/png-flood-report.js';
import type { FloodResult } from '../../bench/png-flood.js';
import { describeMachine } from '../../bench/machine.js';

const result: FloodResult = {
  options: {
    corpusDir: 'corpus/zivo-russia-china',
    floodRequests: 100,
    floodPerSecond: 10,
    hangUpMs: 300,
    victimRequests: 10,
  },
  nodes: 72,
  edges: 135,
  alone: { samples: 10, medianMs: 400, maxMs: 600, statuses: { '200': 10 } },
  flooded: { samples: 10, medianMs: 500, maxMs: 1100, statuses: { '200': 10 } },
  flood: { '429': 70, 'hung up': 30 },
  rendered: 3,
};

describe('floodSection', () => {
  it('should give the delay, both latencies and the outcome of the flood', () => {
    const text = floodSection({
      machine: describeMachine(),
      load: { start: 1, end: 1 },
      command: 'npm run bench -- --only flood',
      result,
    });
    expect(text).toMatch(/^## PNG flood/);
    expect(text).toContain("delays another client's PNG by at most 500.0 ms");
    expect(text).toContain('| alone | 10 | 400.0 | 600.0 | 200: 10 |');
    expect(text).toContain('429: 70, hung up: 30');
    expect(text).toContain('3 of 100');
  });
});
