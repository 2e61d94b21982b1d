// Reads the real server's start-up log line (pino JSON on stdout) for the port it listens on.
import type { ChildProcess } from 'node:child_process';

export function listeningPortOf(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let log = '';
    let errors = '';
    const timer = setTimeout(
      () => reject(new Error(`bench: the server did not start: ${errors}`)),
      timeoutMs,
    );
    child.stderr!.on('data', (d) => (errors += d));
    child.stdout!.on('data', (d) => {
      log += d;
      const match = /"port":(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`bench: the server exited (${code}): ${errors}`)));
  });
}
