// Development watch mode: reloads the corpus when its files change, debounced, keeping the last good graph.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import type { ReloadableEssaySource } from './essay-source.js';

const DEBOUNCE_MS = 200;

export function watchCorpus(dir: string, source: ReloadableEssaySource, logger: Logger): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  return watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reloadAndLog(source, logger), DEBOUNCE_MS);
  });
}

export async function reloadAndLog(source: ReloadableEssaySource, logger: Logger): Promise<void> {
  const outcome = await source.reload();
  if (outcome.type === 'reloaded') logger.info(outcome, 'corpus reloaded');
  else
    logger.error(
      { reason: outcome.reason },
      'corpus reload failed; still serving the last good graph',
    );
}
