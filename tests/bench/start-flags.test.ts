// The cold-load benchmark runs its child with the flags `npm start` runs the server with, read from package.json.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/start-flags.js';

/** A package.json whose start script is `start`. */
function packageWith(start: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'start-flags-')), 'package.json');
  writeFileSync(file, JSON.stringify({ scripts: { start } }));
  return pathToFileURL(file);
}

describe('startFlags', () => {
  it('should read the node flags of the repository’s own start script, tsx among them', () => {
    expect(startFlags().join(' ')).toContain('--import tsx');
  });

  it('should take the flags between node and the module, after the build', () => {
    expect(
      startFlags(packageWith('npm run build && node --a=1 --import tsx server/main.ts')),
    ).toEqual(['--a=1', '--import', 'tsx']);
  });

  it('should refuse a start script that does not run node', () => {
    expect(() => startFlags(packageWith('tsx server/main.ts'))).toThrow(/does not run node/);
  });
});
