// The real server process for tests: started as `npm start` starts it, its log read as it comes.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** `undefined` leaves a variable out of the child's environment (EDIT_TOKEN may be set where the tests run). */
export function startServer(env: Record<string, string | undefined>): ChildProcess {
  // As `npm start` runs it: one node process (the tsx CLI would put a second one between us and the server).
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      EDIT_TOKEN: undefined,
      READ_ONLY: undefined,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function output(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

/** The child's log so far, kept as it arrives; `waitFor` resolves when a line matches. */
export function logOf(child: ChildProcess) {
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  return {
    async waitFor(pattern: RegExp): Promise<RegExpExecArray> {
      for (let waited = 0; waited < 20_000; waited += 50) {
        const match = pattern.exec(text);
        if (match) return match;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no log line matched ${pattern}: ${text}`);
    },
  };
}

/** Waits for the start-up log line and returns the port it listens on. */
export async function listeningPort(child: ChildProcess): Promise<number> {
  return Number((await logOf(child).waitFor(/"port":(\d+)/))[1]);
}
