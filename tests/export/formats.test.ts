import { describe, expect, it } from 'vitest';
import { downloadName, EXPORT_NAMES, exportFormat, findFormat } from '../../export/formats.js';
import { MINI_PATH, miniView } from './views.js';

describe('export formats', () => {
  it('should offer every promised export by its file name', () => {
    expect([...EXPORT_NAMES].sort()).toEqual([
      'edges.csv',
      'graph.cypher',
      'graph.gexf',
      'graph.graphml',
      'graph.html',
      'graph.json',
      'graph.png',
      'graph.svg',
      'nodes.csv',
      'report.md',
    ]);
    expect(exportFormat('graph.svg')?.contentType).toBe('image/svg+xml; charset=utf-8');
    expect(exportFormat('svg')).toBeNull();
  });

  it('should find a format by its short name, any case', () => {
    expect(findFormat('SVG')?.name).toBe('graph.svg');
    expect(findFormat('neo4j')?.name).toBe('graph.cypher');
    expect(findFormat('md')?.name).toBe('report.md');
    expect(findFormat('nope')).toBeNull();
  });

  it('should name downloads after the view', async () => {
    const path = await miniView({ ...MINI_PATH, at: 1960 });
    expect(downloadName(findFormat('svg')!, path)).toBe(
      'path-mao-zedong-nikita-khrushchev-joseph-stalin-at-1960.svg',
    );
    expect(downloadName(findFormat('nodes')!, await miniView({ facts: true }))).toBe(
      'graph-facts-nodes.csv',
    );
    expect(downloadName(findFormat('md')!, await miniView())).toBe('graph-report.md');
  });
});
