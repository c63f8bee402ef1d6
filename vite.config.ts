import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { lessonsPlugin } from './src/lesson-pipeline/vite-plugin.ts';

/** A library serving Nätvana under a sub-path sets NATVANA_BASE, for example /natvana/. */
const base = process.env.NATVANA_BASE ?? '/';
/** The browser tests build into their own folder, so they never overwrite a build in dist/. */
const outDir = process.env.NATVANA_OUT_DIR ?? 'dist';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [lessonsPlugin(), react()],
  build: {
    outDir,
    target: 'es2020',
    sourcemap: false,
    // Pictures stay files: inlined into lesson chunks they would be JavaScript to parse on old computers.
    assetsInlineLimit: 0,
    // Every browser Nätvana supports preloads modules itself; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
  },
});
