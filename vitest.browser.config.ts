import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Chromium against the built, prerendered app. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/support/global-setup.ts'],
    // Limits only, never waits: the tests wait for states. A whole lesson by keyboard, with axe on each
    // step, takes about 20 s on an idle two-core machine and several times that on a busy one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores on the CI machines: one browser at a time keeps timings steady.
    fileParallelism: false,
  },
});
