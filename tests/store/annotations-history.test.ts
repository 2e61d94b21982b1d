// The history of an annotations file: each replaced version kept (the last 100), listed newest first, read back.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  keepVersion,
  listVersions,
  readVersion,
} from '../../store/annotations-history.js';
import { StoreError } from '../../store/errors.js';

const root = () => mkdtempSync(join(tmpdir(), 'history-'));
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2) + ms);

describe('annotations history', () => {
  it('should keep versions in a dot-folder, list them newest first and read them back', async () => {
    const dir = root();
    const first = await keepVersion(dir, 'essay', 'one\n', 'accepted relation a', at(0));
    await keepVersion(dir, 'essay', 'two\n', 'removed relation b', at(1500));
    const list = await listVersions(dir, 'essay');
    expect(list.map((v) => v.change)).toEqual(['removed relation b', 'accepted relation a']);
    expect(list[1]).toEqual({ ...first, savedAt: '2026-12-02T00:00:00.000Z' });
    expect(await readVersion(dir, 'essay', first.version)).toBe('one\n');
    expect(readdirSync(dir)).toEqual(['.history']);
  });

  it('should keep the last HISTORY_LIMIT versions', async () => {
    const dir = root();
    for (let i = 0; i < HISTORY_LIMIT + 3; i++)
      await keepVersion(dir, 'essay', `v${i}\n`, `change ${i}`, at(i));
    const list = await listVersions(dir, 'essay');
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list.at(-1)!.change).toBe('change 3');
  });

  it('should list no history as empty, and refuse unknown or malformed versions', async () => {
    const dir = root();
    expect(await listVersions(dir, 'essay')).toEqual([]);
    await expect(readVersion(dir, 'essay', '20260101T000000000Z-none')).rejects.toThrow(StoreError);
    await expect(readVersion(dir, 'essay', '../../etc/passwd')).rejects.toThrow(/not a version/);
    await expect(listVersions(dir, '../x')).rejects.toThrow(/not a slug/);
  });
});
