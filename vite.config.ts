import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { headScriptPlugin } from './scripts/head-script-plugin.ts';
import { contentSecurityPolicy } from './scripts/security-headers.ts';
import { startChunkName, startChunkPlugin } from './scripts/start-chunk-plugin.ts';
import { lessonsPlugin } from './src/lesson-pipeline/vite-plugin.ts';

/** A library serving Nätvana under a sub-path sets NATVANA_BASE, for example /natvana/. */
const base = process.env.NATVANA_BASE ?? '/';
/** The browser tests build into their own folder, so they never overwrite a build in dist/. */
const outDir = process.env.NATVANA_OUT_DIR ?? 'dist';

/**
 * Only the site's own files may run or style a page: no inline script, no eval, no other origin.
 * docs/deploying.md repeats it as a header, with frame-ancestors, which a <meta> cannot carry.
 */
export { contentSecurityPolicy };

/** Built pages only: the dev server injects styles inline for instant updates, which the policy would block. */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'natvana-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

const startChunk = startChunkPlugin();

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  // The policy's <meta> goes first in <head> (a <meta> policy covers only what comes after it); the head script
  // goes last, after the stylesheet and the entry script (scripts/head-script-plugin.ts says why).
  plugins: [lessonsPlugin({ dir: process.env.NATVANA_LESSONS }), react(), headScriptPlugin(), contentSecurityPolicyPlugin(), startChunk.plugin],
  build: {
    outDir,
    target: 'es2022',
    // NATVANA_SOURCEMAP=1 writes source maps, to see what each chunk is made of.
    sourcemap: process.env.NATVANA_SOURCEMAP === '1',
    // Pictures stay files: inlined into lesson chunks they would be JavaScript to parse on old computers.
    assetsInlineLimit: 0,
    // Every browser Nätvana supports preloads modules itself; the polyfill would only add bytes.
    modulePreload: false,
    // Read by scripts/prerender.ts to tell each page which chunks it will need, so they download in parallel.
    manifest: true,
    // One file for all the start page runs (scripts/start-chunk-plugin.ts says why).
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: startChunkName, test: startChunk.isStartModule }] } } },
  },
  server: {
    port: 5173,
  },
});
