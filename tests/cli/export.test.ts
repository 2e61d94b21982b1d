import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../cli/exit-codes.js';
import { cliRunsBeforeAll } from '../helpers/cli.js';

const out = join(mkdtempSync(join(tmpdir(), 'export-cli-')), 'path.svg');
const run = cliRunsBeforeAll('export', {
  written: ['--format', 'svg', '--from', 'mao', '--via', 'khrushchev', '--to', 'stalin', '-o', out],
  printed: ['-f', 'csv', '--at', '1969'],
  unknownFormat: ['--format', 'pdf'],
  unknownEntity: ['-f', 'md', '--from', 'mao', '--to', 'nobody at all'],
  noPath: ['-f', 'md', '--from', 'mao', '--to', 'stalin', '--at', '1969'],
  help: ['--help'],
  unwritable: ['-f', 'csv', '-o', join(dirname(out), 'no such folder', 'edges.csv')],
});

describe('npm run export', () => {
  it('should write the path’s drawing to the file given with -o', () => {
    expect(run.written.code).toBe(EXIT_CODES.ok);
    expect(run.written.stderr).toContain(`wrote graph.svg to ${out}`);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Mao Zedong → Nikita Khrushchev → Joseph Stalin');
  });

  it('should print to standard output without -o', () => {
    expect(run.printed.code).toBe(EXIT_CODES.ok);
    expect(run.printed.stdout.split('\r\n')[0]).toMatch(
      /^id,doc,doc_citation,source,source_label,relation/,
    );
  });

  it('should explain bad input on stderr with exit code 2 and no stack trace', () => {
    expect(run.unknownFormat.code).toBe(EXIT_CODES.badInput);
    expect(run.unknownFormat.stderr).toBe(
      'export: Unknown format "pdf"; use one of: svg, png, md, html, gexf, graphml, json, nodes, edges, cypher.\n',
    );
    expect(run.unknownEntity.code).toBe(EXIT_CODES.badInput);
    expect(run.unknownEntity.stderr).toMatch(/^export: No entity matches "nobody at all"/);
    expect(run.unknownEntity.stderr).not.toMatch(/\n\s+at /);
  });

  it('should still write a path view with no path, and say why with exit code 1', () => {
    expect(run.noPath.code).toBe(EXIT_CODES.negative);
    expect(run.noPath.stdout).toContain('No path connects Mao Zedong and Joseph Stalin');
    expect(run.noPath.stderr).toMatch(/^export: No path connects/);
  });

  it('should list the formats in --help', () => {
    expect(run.help.code).toBe(EXIT_CODES.ok);
    for (const name of ['graph.svg', 'graph.png', 'report.md', 'graph.cypher', 'edges.csv'])
      expect(run.help.stdout).toContain(name);
    expect(run.help.stdout).toContain('Exit codes: 0 done, 1 no path was found');
  });

  it('should exit 3 when the file cannot be written', () => {
    expect(run.unwritable.code).toBe(EXIT_CODES.failure);
    expect(run.unwritable.stderr).toMatch(/^export: unexpected failure: ENOENT/);
  });
});
