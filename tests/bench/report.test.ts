import { describe, expect, it } from 'vitest';
import { spliceSections } from '../../bench/report.js';

describe('spliceSections', () => {
  it('should start a new document with the sections', () => {
    const doc = spliceSections(null, [['path-engine', '## Path engine\n\nfigures']]);
    expect(doc).toMatch(/^# Performance/);
    expect(doc).toContain(
      '<!-- bench:begin path-engine -->\n## Path engine\n\nfigures\n<!-- bench:end path-engine -->',
    );
  });

  it('should replace its own section and keep the ones others wrote', () => {
    const first = spliceSections(null, [['path-engine', 'old figures']]);
    const withBrowser = `${first}\n## Browser\n\nbrowser figures\n`;
    const doc = spliceSections(withBrowser, [['path-engine', 'new figures']]);
    expect(doc).toContain('new figures');
    expect(doc).not.toContain('old figures');
    expect(doc).toContain('## Browser\n\nbrowser figures');
  });
});
