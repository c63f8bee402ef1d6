import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './src/lesson-pipeline/vite-plugin.ts';

/** Unit and component tests: Node for the lesson pipeline, jsdom for components (chosen per file by its extension). */
export default defineConfig({
  plugins: [lessonsPlugin(), react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
