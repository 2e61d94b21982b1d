// Test runner settings: unit, API and browser tests all live under tests/.
import { defineConfig } from 'vitest/config';

/** Tests of pure modules: no servers, processes or browsers, and no module state one file could leave another. */
const UNIT = ['graph', 'export', 'contract', 'client', 'bench', 'repo', 'store'].map(
  (folder) => `tests/${folder}/**/*.test.ts`,
);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests start their own Chromium, so keep the pool small.
    maxWorkers: 2,
    projects: [
      // Importing the core afresh for each of these files took three times as long as running them: they share it.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: UNIT },
      },
    ],
  },
});
