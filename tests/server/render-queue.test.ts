// The drawings' queue: capped, dropping jobs whose client left, refusing everything once drained.
import { describe, expect, it } from 'vitest';
import { renderQueue, UnavailableError } from '../../server/render-queue.js';

/** A job that runs until `release` is called, and says whether it ever started. */
function heldJob() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const job = {
    started: false,
    release,
    run: async () => ((job.started = true), await held, 'done'),
  };
  return job;
}

const never = new AbortController().signal;

describe('renderQueue', () => {
  it('should run jobs one at a time and refuse more than maxWaiting with UnavailableError', async () => {
    const queue = renderQueue({ maxWaiting: 2 });
    const jobs = [heldJob(), heldJob(), heldJob()];
    const runs = jobs.map((j) => queue.run(j.run, never));
    await Promise.resolve();
    expect(jobs.map((j) => j.started)).toEqual([true, false, false]);
    expect(queue.waiting).toBe(2);
    await expect(queue.run(heldJob().run, never)).rejects.toBeInstanceOf(UnavailableError);
    for (const j of jobs) j.release();
    expect(await Promise.all(runs)).toEqual(['done', 'done', 'done']);
  });

  it('should drop a waiting job whose client has gone, without running it', async () => {
    const queue = renderQueue();
    const first = heldJob();
    const dropped = heldJob();
    const running = queue.run(first.run, never);
    const client = new AbortController();
    const waiting = queue.run(dropped.run, client.signal);
    expect(queue.waiting).toBe(1);
    client.abort();
    await expect(waiting).rejects.toThrow();
    expect(queue.waiting).toBe(0);
    first.release();
    await running;
    expect(dropped.started).toBe(false);
  });

  it('should answer waiting jobs, and later ones, with UnavailableError once drained', async () => {
    const queue = renderQueue();
    const first = heldJob();
    const running = queue.run(first.run, never);
    const waiting = queue.run(heldJob().run, never);
    queue.drain();
    await expect(waiting).rejects.toBeInstanceOf(UnavailableError);
    await expect(queue.run(heldJob().run, never)).rejects.toThrow(/shutting down/);
    first.release();
    expect(await running).toBe('done');
  });
});
