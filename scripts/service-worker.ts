/**
 * Writes dist/sw.js after prerendering, and the offline lists
 * dist/offline/<language>.json (scripts/offline/plan.ts says what is in each).
 *
 * - A first visit precaches the app shell only: the app's scripts, styles and
 *   pictures and `app-shell.html`. No page of any language and no lesson:
 *   what the learner reads is cached as it is opened.
 * - A page (a navigation) comes from the network; when there is none, the
 *   service worker answers with the app shell, and the app draws the page
 *   from its scripts and the lesson's data, or says in plain words that the
 *   lesson is not saved on this computer.
 * - The lesson files (fingerprinted, never changing under one name) are kept
 *   in the `natvana-lessons` cache as they are fetched; "save the course"
 *   (src/offline/) adds a module's or the whole course's files to it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { answerFitsFile } from '../src/offline/answer-fits-file.ts';
import { type ViteManifest, appShellFile, planOffline } from './offline/plan.ts';

const distDir = process.env.NATVANA_OUT_DIR ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const viteDir = join(distDir, '.vite');
const manifest = JSON.parse(readFileSync(join(viteDir, 'manifest.json'), 'utf8')) as ViteManifest;
const { languages, lessons } = JSON.parse(readFileSync(join(viteDir, 'natvana-lessons.json'), 'utf8')) as {
  languages: { language: string; lessonLanguage: string }[];
  lessons: Record<string, { id: string; module: string; practiceKinds: string[] }[]>;
};
rmSync(viteDir, { recursive: true, force: true });

const files = walk(distDir).map((path) => relative(distDir, path).split('\\').join('/'));
const plan = planOffline({ files, manifest, languages, lessons, sizeOf: (file) => gzipSync(readFileSync(join(distDir, file))).length });

mkdirSync(join(distDir, 'offline'), { recursive: true });
for (const list of plan.lists) writeFileSync(join(distDir, 'offline', `${list.language}.json`), JSON.stringify(list));

/*
 * What the generated service worker cannot say by configuration alone, in a
 * script of its own that it imports (named by its content, so a new version
 * is a new name): the rule for which answers may be kept as a file under
 * assets/, and, when this version takes over, the removal of every kept
 * lesson file this version does not have (an older version's) and of any
 * kept answer that does not fit its file.
 *
 * The list of this version's files grows with the course, so it is not in
 * the script, which every first visit downloads: it is a file of its own
 * (offline/assets-<hash>.json), fetched only when a version takes over with
 * lesson files already kept, which a first visit never has.
 */
const assetFiles = JSON.stringify(files.filter((file) => file.startsWith('assets/')));
const assetListName = `offline/assets-${createHash('sha256').update(assetFiles).digest('hex').slice(0, 10)}.json`;
writeFileSync(join(distDir, assetListName), assetFiles);
const lessonsScript = `// Written by scripts/service-worker.ts.
self.natvanaAnswerFitsFile = ${answerFitsFile.toString()};
self.addEventListener('activate', (event) => {
  const scope = new URL(self.registration.scope).pathname;
  event.waitUntil(
    caches.open('natvana-lessons').then(async (cache) => {
      const kept = await cache.keys();
      // Nothing kept (a first visit): nothing to tidy, and nothing more to download.
      if (kept.length === 0) return;
      // This version's files; without them (the line dropped) only the answers that do not fit go, and the rest waits for the next version.
      const listed = await fetch(scope + ${JSON.stringify(assetListName)}, { cache: 'no-store' }).then((answer) => (answer.ok ? answer.json() : undefined)).catch(() => undefined);
      const ownFiles = Array.isArray(listed) ? new Set(listed) : undefined;
      for (const request of kept) {
        const path = new URL(request.url).pathname;
        const response = await cache.match(request);
        const ours = !ownFiles || (path.startsWith(scope) && ownFiles.has(path.slice(scope.length)));
        if (!ours || !response || !self.natvanaAnswerFitsFile(path, response.headers.get('content-type'))) await cache.delete(request);
      }
    }),
  );
});
`;
const lessonsScriptName = `sw-lessons-${createHash('sha256').update(lessonsScript).digest('hex').slice(0, 10)}.js`;
writeFileSync(join(distDir, lessonsScriptName), lessonsScript);

const precached = new Set(plan.precache);
const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: [appShellFile, '**/*.{js,css,svg,png,webp,webmanifest}'],
  globIgnores: ['sw.js', 'sw-lessons-*.js', 'offline/**'],
  importScripts: [lessonsScriptName],
  manifestTransforms: [(entries) => ({ manifest: entries.filter((entry) => precached.has(entry.url)), warnings: [] })],
  swDest: join(distDir, 'sw.js'),
  // Fingerprinted files never change under the same name; no need for a revision hash on top.
  dontCacheBustURLsMatching: /^assets\//,
  // A new version waits until the learner chooses to update (the app asks), so a lesson never changes mid-step.
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      // Pages come from the network, so an unknown address gets the server's honest 404. Without a network,
      // the app shell: the app draws the page, or says that it is not saved on this computer.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: appShellFile } },
    },
    {
      // A lesson's chunk and pictures, kept once fetched: they never change under the same name. Only an answer
      // that can be the file is kept (a host's index.html for a missing file is not; see answer-fits-file.ts).
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/assets/'),
      handler: 'CacheFirst',
      options: {
        cacheName: 'natvana-lessons',
        plugins: [
          {
            cacheWillUpdate: async ({ request, response }) =>
              response.status === 200 && (self as unknown as { natvanaAnswerFitsFile: (path: string, type: string | null) => boolean }).natvanaAnswerFitsFile(new URL(request.url).pathname, response.headers.get('content-type'))
                ? response
                : null,
          },
        ],
      },
    },
    {
      // What each lesson is made of, for "save the course" and the offline notice: fresh when there is a network.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/offline\/[a-z]{2}\.json$/.test(url.pathname),
      handler: 'NetworkFirst',
      options: { cacheName: 'natvana-lists', cacheableResponse: { statuses: [200] } },
    },
  ],
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
});

for (const warning of warnings) console.warn(warning);
console.log(`Service worker: ${count} files precached (${Math.round(size / 1024)} KB); offline lists for ${plan.lists.map((list) => list.language).join(', ')}.`);
