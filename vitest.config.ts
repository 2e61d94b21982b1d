// Test runner settings: unit, API and browser tests all live under tests/.
import { defineConfig } from 'vitest/config';

/**
 * Files run each in a module graph of their own: those that replace a module (vi.mock) or a global, and the browser
 * tests, whose camera-timed steps timed out now and then when they shared a worker's modules with earlier files.
 */
const ISOLATED = [
  'tests/server/edit-token.test.ts',
  'tests/client/explorer-store.test.ts',
  'tests/browser/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests start their own Chromium, so keep the pool small.
    maxWorkers: 2,
    projects: [
      // Importing the server and the core afresh for each file took longer than running most of them: files share
      // them. Every test builds its own app and server; no module keeps state one file could leave another.
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
