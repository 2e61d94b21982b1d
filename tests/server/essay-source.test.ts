import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../graph/corpus/assemble.js';
import { prepareEssay, type LoadedEssay } from '../../graph/essay.js';
import { reloadableEssay } from '../../server/essay-source.js';
import { miniFiles, miniWith } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const good = () => prepareEssay(parseCorpus(miniFiles()), { layout: DRAWN_LAYOUT });
const broken = () =>
  prepareEssay(parseCorpus(miniWith('id: china', 'id: mao-zedong')), { layout: DRAWN_LAYOUT });

describe('reloadableEssay', () => {
  it('should swap in a good reload whole', async () => {
    const first = good();
    const source = reloadableEssay(first, async () => good());
    const outcome = await source.reload();
    expect(outcome).toEqual({ type: 'reloaded', nodes: 8, edges: 6 });
    expect(source.current()).not.toBe(first);
  });

  it('should keep the last good essay when a reload fails, and say why', async () => {
    const first = good();
    const source = reloadableEssay(first, async () => broken());
    const outcome = await source.reload();
    expect(outcome.type).toBe('kept');
    expect(outcome.type === 'kept' && outcome.reason).toMatch(/duplicate entity id `mao-zedong`/);
    expect(source.current()).toBe(first);
  });

  it('should share one load between concurrent reloads', async () => {
    let loads = 0;
    const source = reloadableEssay(good(), async (): Promise<LoadedEssay> => {
      loads++;
      return good();
    });
    await Promise.all([source.reload(), source.reload(), source.reload()]);
    expect(loads).toBe(1);
  });
});
