import { afterEach, beforeEach } from 'vitest';

// Component tests opt into jsdom with a `// @vitest-environment jsdom` line; only they need the DOM matchers and cleanup.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // Every test starts with an empty session. A practice keeps the learner's place there, and a file's own clearing
  // runs before the unmount: on a busy machine a clock tick of the test before could land between the two and
  // leave a place behind, which the next test with the same practice would open at.
  beforeEach(() => sessionStorage.clear());
  // findBy… waits for the state a test expects; on a busy two-core machine a lazily loaded page can take
  // longer than the default second to appear. A passing test waits no longer for this.
  configure({ asyncUtilTimeout: 10_000 });
}
