// Test runner settings: unit, API and browser tests all live under tests/.
import { defineConfig } from 'vitest/config';

/** Files that replace a module (vi.mock) or a global: each needs a module graph of its own. */
const ISOLATED = ['tests/server/edit-token.test.ts', 'tests/client/explorer-store.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests start their own Chromium, so keep the pool small.
    maxWorkers: 2,
    projects: [
      // Importing the server, the core and the renderers afresh for each file took a third of the run: files share
      // them. Every test builds its own app, server and browser; no module keeps state one file could leave another.
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
