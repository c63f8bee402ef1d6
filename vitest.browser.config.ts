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
    // Two files at a time, each with its own browser: on the two cores of a CI machine that is a busy
    // machine, which the tests are written for (they wait for states, never for time), and the whole
    // suite takes about half as long. Every page's checks are two files (sv, en) so they share the time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
