// Catches SIGHUP, SIGTERM and SIGINT from the moment it is imported, before the corpus loads; main.ts says what each does.

export type ServerSignal = 'SIGHUP' | 'SIGTERM' | 'SIGINT';

const actions = new Map<ServerSignal, () => void>();
let hangupWhileStarting = false;

/**
 * Before start-up completes, Node's default would end the process on SIGHUP without a word: a reload asked for
 * then is remembered and done once the server runs; SIGTERM and SIGINT stop the start, cleanly.
 */
function whileStarting(signal: ServerSignal): void {
  if (signal === 'SIGHUP') {
    hangupWhileStarting = true;
    return;
  }
  process.stderr.write(`${signal} during start-up: stopping before serving anything.\n`);
  process.exit(0);
}

for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => (actions.get(signal) ?? (() => whileStarting(signal)))());

/** What `signal` does from now on; a SIGHUP received during start-up runs its action once, now. */
export function onSignal(signal: ServerSignal, action: () => void): void {
  actions.set(signal, action);
  if (signal === 'SIGHUP' && hangupWhileStarting) {
    hangupWhileStarting = false;
    action();
  }
}
