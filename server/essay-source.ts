// Holds the essay the server answers from; a reload swaps it whole, and a broken corpus keeps the last good one.
import type { LoadedEssay } from '../graph/essay.js';

export interface EssaySource {
  current(): LoadedEssay;
}

type ReloadOutcome =
  { type: 'reloaded'; nodes: number; edges: number } | { type: 'kept'; reason: string };

export interface ReloadableEssaySource extends EssaySource {
  /** Loads anew; on failure keeps serving the previous essay and says why. Concurrent calls share one load. */
  reload(): Promise<ReloadOutcome>;
}

export function fixedEssay(essay: LoadedEssay): EssaySource {
  return { current: () => essay };
}

export function reloadableEssay(
  initial: LoadedEssay,
  load: () => Promise<LoadedEssay>,
): ReloadableEssaySource {
  let essay = initial;
  let pending: Promise<ReloadOutcome> | null = null;
  const reloadOnce = async (): Promise<ReloadOutcome> => {
    try {
      const next = await load();
      essay = next;
      return { type: 'reloaded', nodes: next.graph.order, edges: next.graph.size };
    } catch (error) {
      return { type: 'kept', reason: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    current: () => essay,
    reload() {
      pending ??= reloadOnce().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}
