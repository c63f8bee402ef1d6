import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { lessonsPlugin } from './src/lesson-pipeline/vite-plugin.ts';
import { practiceKinds } from './src/practice/registry.ts';
import { counterKind } from './test/fixtures/practice-kinds/counter/scenario.ts';

/** What every project shares: Node by default, jsdom for a file that asks for it with `// @vitest-environment jsdom`. */
const shared: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  setupFiles: ['test/setup.ts'],
  restoreMocks: true,
  // The first render of a file pays for jsdom, React and axe warming up: on a busy two-core machine that alone can take several seconds.
  testTimeout: 30_000,
};

/**
 * The app as the tests see it: built from the fixture lessons and site pages, so no test of the app depends on a
 * real lesson's words or length, with one more practice kind, the tests' own counter, which proves the practice host.
 */
const fixtureLessons = () => [
  lessonsPlugin({ dir: 'test/fixtures/lessons-app', libraryConfig: 'test/fixtures/library-app.json', sitePages: 'test/fixtures/site-pages-app', practiceKinds: { ...practiceKinds, counter: counterKind } }),
  react(),
];

/**
 * Pools: every test file gets fresh modules in each. The component tests
 * (.tsx, in jsdom) run in VM contexts inside long-lived worker threads, which
 * saves starting a worker and loading jsdom for each file; the Node tests
 * (.ts) run in plain worker threads, since Vite's bundler, which the plugin
 * tests start, does not run inside a VM context.
 */
const projects: TestProjectInlineConfiguration[] = [
  {
    plugins: fixtureLessons(),
    test: {
      ...shared,
      name: 'unit',
      include: ['test/**/*.test.ts'],
      exclude: ['test/browser/**', 'test/real-lessons/**'],
      pool: 'threads',
    },
  },
  {
    plugins: fixtureLessons(),
    test: {
      ...shared,
      name: 'components',
      include: ['test/**/*.test.tsx'],
      exclude: ['test/browser/**', 'test/real-lessons/**'],
      pool: 'vmThreads',
    },
  },
  {
    // The real lessons/ and public/library.json: properties every real lesson must have
    // (it loads, every step renders with no axe violation, both languages are there), never counts or words.
    plugins: [lessonsPlugin({ dir: 'lessons', libraryConfig: 'public/library.json' }), react()],
    test: {
      ...shared,
      name: 'real-lessons',
      include: ['test/real-lessons/**/*.test.{ts,tsx}'],
      // Plain threads: the pipeline, which lessons-load.test.ts runs, loads jsdom itself (to clean SVGs), and that
      // jsdom's CommonJS dependencies do not load inside a VM context. Two files of steps pay one jsdom each.
      pool: 'threads',
    },
  },
];

export default defineConfig({
  test: {
    projects,
    // Both cores of the CI machines (Vitest's default leaves one idle).
    maxWorkers: 2,
  },
});
