import { afterEach } from 'vitest';

// Component tests opt into jsdom with a `// @vitest-environment jsdom` line; only they need the DOM matchers and cleanup.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
