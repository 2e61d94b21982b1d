// Test runner settings: unit, API and browser tests all live under tests/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests start their own Chromium, so keep the pool small.
    maxWorkers: 2,
  },
});
