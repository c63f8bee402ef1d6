/**
 * Writes dist/sw.js after prerendering, so the service worker precaches every
 * prerendered page as well as the scripts, styles, pictures and strings:
 * after one visit the whole course works with the network off.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const distDir = process.env.NATVANA_OUT_DIR ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: ['**/*.{html,js,css,svg,png,webp,json,webmanifest}'],
  globIgnores: ['sw.js'],
  swDest: join(distDir, 'sw.js'),
  // Fingerprinted files never change under the same name; no need for a revision hash on top.
  dontCacheBustURLsMatching: /^assets\//,
  directoryIndex: 'index.html',
  // A new version waits until the learner chooses to update (the app asks), so a lesson never changes mid-step.
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  // No navigation fallback: every real page is precached as its own file, and a fallback would answer
  // an unknown address with 200 instead of the honest 404 page from the server.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
});

for (const warning of warnings) console.warn(warning);
console.log(`Service worker: ${count} files precached (${Math.round(size / 1024)} KB).`);
