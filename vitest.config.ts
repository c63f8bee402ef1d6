import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { lessonsPlugin } from './src/lesson-pipeline/vite-plugin.ts';

/** What both projects share: Node by default, jsdom for a file that asks for it with `// @vitest-environment jsdom`. */
const shared: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  setupFiles: ['test/setup.ts'],
  restoreMocks: true,
  // The first render of a file pays for jsdom, React and axe warming up: on a busy two-core machine that alone can take several seconds.
  testTimeout: 30_000,
};

/**
 * Unit and component tests, in two projects:
 * - `unit`: everything in test/ except the browser tests, against the fixture
 *   lessons in test/fixtures/lessons-app, so a change to a real lesson's
 *   wording or length never breaks a test of the app;
 * - `real-lessons`: test/real-lessons/, against lessons/ and public/library.json,
 *   checking properties every real lesson must have (it loads, every step
 *   renders with no axe violation, both languages are there), never counts or words.
 */
const projects: TestProjectInlineConfiguration[] = [
  {
    plugins: [lessonsPlugin({ dir: 'test/fixtures/lessons-app', libraryConfig: 'test/fixtures/library-app.json' }), react()],
    test: {
      ...shared,
      name: 'unit',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/browser/**', 'test/real-lessons/**'],
    },
  },
  {
    plugins: [lessonsPlugin({ dir: 'lessons', libraryConfig: 'public/library.json' }), react()],
    test: {
      ...shared,
      name: 'real-lessons',
      include: ['test/real-lessons/**/*.test.{ts,tsx}'],
    },
  },
];

export default defineConfig({
  test: {
    projects,
    // Both cores of the CI machines (Vitest's default leaves one idle). Worker threads start and import
    // faster than child processes; each test file still gets fresh modules and a fresh jsdom.
    maxWorkers: 2,
    pool: 'threads',
  },
});
