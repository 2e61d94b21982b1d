// The Node flags `npm start` runs the server with, read from package.json: the cold load runs as the server does.
/// <reference types="node" />
import { readFileSync } from 'node:fs';

/**
 * The flags between `node` and the server's module in the `start` script, such as `--import tsx` and a larger young
 * generation (`--max-semi-space-size`, which saved the 1,000-document cold load ~5% of its collections).
 */
export function startFlags(packageJson = new URL('../package.json', import.meta.url)): string[] {
  const { scripts } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    scripts: { start: string };
  };
  const command = scripts.start.split('&&').pop()!.trim().split(/\s+/);
  if (command[0] !== 'node') throw new Error(`npm start does not run node: ${scripts.start}`);
  return command.slice(1, -1);
}
