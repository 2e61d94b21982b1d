// Watch mode (WATCH_CORPUS=1) and SIGHUP: re-read what changed on disk, one document at a time, keeping the last good.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import type { CorpusLibrary, ReloadOutcome } from './corpus-library.js';
import { REGISTRY_FILE } from '../graph/corpus/load.js';

const DEBOUNCE_MS = 200;

/**
 * Watches the corpus folder. A change inside `<slug>/` re-reads that document alone; a change to the registry,
 * or anywhere in a one-document corpus, reloads everything. Dot-folders (the trash, imports being written) are
 * not documents.
 */
export function watchCorpus(dir: string, library: CorpusLibrary, logger: Logger): FSWatcher {
  const timers = new Map<string, NodeJS.Timeout>();
  const later = (key: string, reload: () => Promise<ReloadOutcome>) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => void logOutcome(reload(), logger), DEBOUNCE_MS),
    );
  };
  const watcher = watch(dir, { recursive: library.root !== null }, (_event, name) => {
    const [first = ''] = (name ?? '').split(/[\\/]/);
    if (library.root === null || first === REGISTRY_FILE || first === '') later('', library.reload);
    else if (!first.startsWith('.')) later(first, () => library.reloadDocument(first));
  });
  watcher.on('close', () => timers.forEach(clearTimeout));
  return watcher;
}

/** SIGHUP: the documents whose files changed are re-read. */
export function syncAndLog(library: CorpusLibrary, logger: Logger): Promise<void> {
  return logOutcome(library.sync(), logger);
}

async function logOutcome(outcome: Promise<ReloadOutcome>, logger: Logger): Promise<void> {
  const result = await outcome;
  if (result.type === 'reloaded') logger.info(result, 'corpus reloaded');
  else
    logger.error(
      { reason: result.reason },
      'corpus reload failed; still serving the last good graph',
    );
}
