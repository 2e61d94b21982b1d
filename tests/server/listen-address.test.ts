// The start-up line names the real address, and says so when the server listens on every interface.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { listenMessage } from '../../server/listen-address.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

describe('listenMessage', () => {
  it('should print the bound IPv4 address, not localhost', () => {
    const m = listenMessage({ address: '127.0.0.1', family: 'IPv4', port: 8080 });
    expect(m).toEqual({
      url: 'http://127.0.0.1:8080',
      allInterfaces: false,
      message: 'essay graph at http://127.0.0.1:8080',
    });
  });

  it('should bracket an IPv6 address', () => {
    expect(listenMessage({ address: '::1', family: 'IPv6', port: 3000 }).url).toBe(
      'http://[::1]:3000',
    );
  });

  it('should warn when listening on all interfaces, IPv4 or IPv6', () => {
    for (const address of ['0.0.0.0', '::']) {
      const m = listenMessage({ address, family: address === '::' ? 'IPv6' : 'IPv4', port: 3000 });
      expect(m.allInterfaces).toBe(true);
      expect(m.url).toBe('http://localhost:3000');
      expect(m.message).toContain(`listening on all interfaces (${address})`);
      expect(m.message).toContain('HOST=127.0.0.1');
    }
  });
});

describe('server/main.ts start-up line', () => {
  it('should say it listens on all interfaces under the default HOST', async () => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.HOST;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...env, PORT: '0', LOG_LEVEL: 'info', CORPUS_DIR: MINI_CORPUS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    await expect
      .poll(() => log, { timeout: 20_000, interval: 50 })
      .toMatch(/"msg":"essay graph at/);
    const line = JSON.parse(log.split('\n').find((l) => l.includes('essay graph at'))!);
    expect(line.allInterfaces).toBe(true);
    expect(line.msg).toMatch(/^essay graph at http:\/\/localhost:\d+, listening on all interfaces/);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  });
});
