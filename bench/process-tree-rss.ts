// Samples the resident memory of a process and its descendants together (Linux /proc): the peak of what they hold at once.
/// <reference types="node" />
import { readFileSync } from 'node:fs';

/**
 * Hand-written: pidusage reads one process a call and pidtree starts `ps` a call; sampling a process tree every
 * few milliseconds needs neither. Null where /proc is not (the report then adds each process's own peak).
 */
export function sampleTreeRss(pid: number, everyMs = 5): { stop(): number | null } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    const now = treeRss(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Bytes resident in `pid` and every process below it, or null when /proc cannot tell. */
function treeRss(pid: number): number | null {
  const own = rssOf(pid);
  if (own === null) return null;
  return childrenOf(pid).reduce((sum, child) => sum + (treeRss(child) ?? 0), own);
}

function rssOf(pid: number): number | null {
  const status = readOrNull(`/proc/${pid}/status`);
  const kb = status?.match(/^VmRSS:\s+(\d+) kB$/m)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

function childrenOf(pid: number): number[] {
  const listed = readOrNull(`/proc/${pid}/task/${pid}/children`) ?? '';
  return listed.split(' ').filter(Boolean).map(Number);
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
