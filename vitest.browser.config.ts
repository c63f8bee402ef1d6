import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Chromium against the built, prerendered app. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on the CI machines: one browser at a time keeps timings steady.
    fileParallelism: false,
  },
});
