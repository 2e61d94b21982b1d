import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { edgesCsvFormat, nodesCsvFormat } from '../../export/csv.js';
import { MINI_PATH, miniView, TRICKY_TEXT, trickyView } from './views.js';

const tricky = trickyView();
const nodes = String(await nodesCsvFormat.render(tricky));
const edges = String(await edgesCsvFormat.render(tricky));

const read = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('nodes.csv and edges.csv', () => {
  it('should parse back with one row per entity and per relation', () => {
    expect(read(nodes)).toHaveLength(tricky.graph.order);
    expect(read(edges)).toHaveLength(tricky.graph.size);
  });

  it('should end every record with CRLF and double the quotes inside quoted fields (RFC 4180)', () => {
    expect(nodes.split('\r\n')[0]).toBe(
      'id,label,kind,description,aliases,time_start,time_end,time_from,time_source,importance,mentions,mention_sentences,x,y,size,color',
    );
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(nodes).toContain('"O\'Brien said ""no"" \\ <b>&amp;</b>, then:\nline two\r\nline three');
  });

  it('should keep line breaks, quotes and unicode inside cells', () => {
    const a = read(nodes).find((row) => row.id === 'a')!;
    expect(a.label).toBe(TRICKY_TEXT);
    expect(a.aliases).toBe('o’brien; ob, "the" one');
    expect(a.time_start).toBe('1956');
    expect(a.time_end).toBe('');
  });

  it('should include the evidence quotes, one per line, and the same as JSON', () => {
    const r1 = read(edges).find((row) => row.id === 'r1')!;
    expect(r1.evidence).toBe(`${TRICKY_TEXT}\ncalled khrushchev a “revisionist.”`);
    expect(r1.evidence_sentences).toBe('3; 4');
    expect(JSON.parse(r1.evidence_json!)).toEqual(tricky.graph.getEdgeAttribute('r1', 'evidence'));
    expect(r1.source_label).toBe(TRICKY_TEXT);
  });

  it('should defuse text that a spreadsheet would run as a formula, but keep negative numbers', () => {
    const rows = read(nodes);
    expect(rows.find((row) => row.id === 'b-2')!.label).toBe("'=SUM(A1:A9)");
    expect(rows.find((row) => row.id === 'a')!.x).toBe('-12.5');
  });

  it('should list only the paths’ entities and hops for a path view', async () => {
    const view = await miniView(MINI_PATH);
    expect(read(String(await nodesCsvFormat.render(view))).map((r) => r.id)).toEqual([
      'mao-zedong',
      'nikita-khrushchev',
      'joseph-stalin',
    ]);
    expect(read(String(await edgesCsvFormat.render(view)))).toHaveLength(2);
  });
});
