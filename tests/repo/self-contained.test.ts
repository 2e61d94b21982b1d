// The repository stands alone: no source, test, script or config names a path outside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage', '.artifacts']);
const CODE = new Set([
  '.ts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.sh',
  '.html',
  '.css',
  '.yaml',
  '.yml',
]);
const SCRIPTS = new Set(['.ci/run']);
/** Built from parts so that this file does not match itself. */
const SIBLING_FOLDER = new RegExp(
  ['\\.\\.', 'shared'].join('/') + '|' + ['shared', 'seed'].join('/'),
);
const RELATIVE_LITERAL = /(['"`])((?:\.\.\/)+[^'"`\s$]*)\1/g;
/** Literals that look like a climb out but are not read from disk, and why. */
const ALLOWED = new Map([
  ['tests/server/fuzz.test.ts ../../../etc/passwd', 'a traversal attempt sent to the server'],
  ['vite.config.ts ../dist', "relative to Vite's root (client/): the repository's dist/"],
]);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name !== 'package-lock.json') yield path;
  }
}

function isChecked(path: string): boolean {
  return CODE.has(extname(path)) || SCRIPTS.has(relative(ROOT, path).split(sep).join('/'));
}

/** Paths in `content` that name something outside the repository, with their line numbers. */
export function outsidePaths(path: string, content: string): string[] {
  const found: string[] = [];
  content.split('\n').forEach((line, i) => {
    if (SIBLING_FOLDER.test(line)) found.push(`${i + 1}: ${line.trim()}`);
    for (const m of line.matchAll(RELATIVE_LITERAL)) {
      const target = resolve(dirname(path), m[2]!);
      const allowed = ALLOWED.has(`${relative(ROOT, path).split(sep).join('/')} ${m[2]}`);
      if (!allowed && relative(ROOT, target).startsWith('..')) found.push(`${i + 1}: ${m[2]}`);
    }
  });
  return found;
}

describe('the repository', () => {
  it('should name no path outside itself in any source, test, script or config', () => {
    const offenders: string[] = [];
    for (const path of files(ROOT)) {
      if (!isChecked(path)) continue;
      for (const hit of outsidePaths(path, readFileSync(path, 'utf8')))
        offenders.push(`${relative(ROOT, path)}:${hit}`);
    }
    expect(offenders).toEqual([]);
  });

  it('should catch a relative path that climbs out, and a reach into the sibling folder', () => {
    const inTests = join(ROOT, 'tests', 'x.test.ts');
    expect(outsidePaths(inTests, `readFileSync('../../outside.txt')`)).toHaveLength(1);
    expect(outsidePaths(inTests, `readFileSync('../graph/types.ts')`)).toEqual([]);
    expect(outsidePaths(inTests, `const seed = '../${'shared'}/x'`)).toHaveLength(1);
  });
});
