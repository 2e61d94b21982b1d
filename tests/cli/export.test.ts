import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../cli/exit-codes.js';
import { CLI_BATCH_TIMEOUT_MS, runCli, type CliRun } from '../helpers/cli.js';

const cli = (...args: string[]) => runCli('export', args);

const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'path.svg');
let written: CliRun;
let printed: CliRun;
let unknownFormat: CliRun;
let unknownEntity: CliRun;
let noPath: CliRun;
let help: CliRun;
let unwritable: CliRun;
beforeAll(async () => {
  [written, printed, unknownFormat, unknownEntity, noPath, help, unwritable] = await Promise.all([
    cli('--format', 'svg', '--from', 'mao', '--via', 'khrushchev', '--to', 'stalin', '-o', out),
    cli('-f', 'csv', '--at', '1969'),
    cli('--format', 'pdf'),
    cli('-f', 'md', '--from', 'mao', '--to', 'nobody at all'),
    cli('-f', 'md', '--from', 'mao', '--to', 'stalin', '--at', '1969'),
    cli('--help'),
    cli('-f', 'csv', '-o', join(dirname(out), 'no such folder', 'edges.csv')),
  ]);
}, CLI_BATCH_TIMEOUT_MS);

describe('npm run export', () => {
  it('should write the path’s drawing to the file given with -o', () => {
    expect(written.code).toBe(EXIT_CODES.ok);
    expect(written.stderr).toContain(`wrote graph.svg to ${out}`);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Mao Zedong → Nikita Khrushchev → Joseph Stalin');
  });

  it('should print to standard output without -o', () => {
    expect(printed.code).toBe(EXIT_CODES.ok);
    expect(printed.stdout.split('\r\n')[0]).toMatch(/^id,source,source_label,relation/);
  });

  it('should explain bad input on stderr with exit code 2 and no stack trace', () => {
    expect(unknownFormat.code).toBe(EXIT_CODES.badInput);
    expect(unknownFormat.stderr).toBe(
      'export: Unknown format "pdf"; use one of: svg, png, md, html, gexf, graphml, json, nodes, edges, cypher.\n',
    );
    expect(unknownEntity.code).toBe(EXIT_CODES.badInput);
    expect(unknownEntity.stderr).toMatch(/^export: No entity matches "nobody at all"/);
    expect(unknownEntity.stderr).not.toMatch(/\n\s+at /);
  });

  it('should still write a path view with no path, and say why with exit code 1', () => {
    expect(noPath.code).toBe(EXIT_CODES.negative);
    expect(noPath.stdout).toContain('No path connects Mao Zedong and Joseph Stalin');
    expect(noPath.stderr).toMatch(/^export: No path connects/);
  });

  it('should list the formats in --help', () => {
    expect(help.code).toBe(EXIT_CODES.ok);
    for (const name of ['graph.svg', 'graph.png', 'report.md', 'graph.cypher', 'edges.csv'])
      expect(help.stdout).toContain(name);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 no path was found');
  });

  it('should exit 3 when the file cannot be written', () => {
    expect(unwritable.code).toBe(EXIT_CODES.failure);
    expect(unwritable.stderr).toMatch(/^export: unexpected failure: ENOENT/);
  });
});
