import { describe, expect, it } from 'vitest';
import { downloadName, EXPORT_NAMES, exportFormat, findFormat } from '../../export/formats.js';
import { FORMAT_LIST } from '../../export/format-list.js';
import { PNG_DEFAULTS } from '../../export/png.js';
import { SVG_DEFAULTS } from '../../export/svg.js';
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

  it('should list every export the server renders, and only those, for every door', () => {
    expect(FORMAT_LIST.map((d) => d.name).sort()).toEqual([...EXPORT_NAMES].sort());
    for (const f of FORMAT_LIST) expect(f.name.endsWith(`.${f.extension}`)).toBe(true);
  });

  it("should give the PNG's real width in its description", () => {
    const width = SVG_DEFAULTS.width * PNG_DEFAULTS.zoom;
    expect(exportFormat('graph.png')?.description).toBe(
      `The SVG drawing as a PNG, ${width} px wide.`,
    );
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
