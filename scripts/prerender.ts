/**
 * Writes a real HTML file for every route after `vite build`, so text shows
 * before scripts run (or when they never run), and any static web server
 * can serve Nätvana without rewrite rules: `/sv/module/email/` is the file
 * `sv/module/email/index.html`. The addresses, each page's language and the
 * chunks it needs come from the app's route table, through the server entry.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appShellFile } from './offline/plan.ts';
import { escapeHtml, pageHtml } from './prerender/page-html.ts';
import { startChunkName, startEntrySource } from './start-chunk-plugin.ts';

interface ServerEntry {
  loadEverything(): Promise<void>;
  offlineLessons(): Promise<{ languages: { language: string; lessonLanguage: string }[]; lessons: Record<string, { id: string; module: string; practiceKinds: string[] }[]> }>;
  renderPage(url: string, basename?: string): { html: string; title: string; lang: string; dir: string; chunkSources: string[] };
  allRoutes(): string[];
  notFoundRoute: string;
}

const distDir = resolve(process.env.NATVANA_OUT_DIR ?? 'dist');
const ssrDir = resolve('dist-ssr');
const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');
const basename = base.replace(/\/$/, '');

const entry = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
const template = readFileSync(join(distDir, 'index.html'), 'utf8');
await entry.loadEverything();

type Manifest = Record<string, { file: string; name?: string; src?: string; imports?: string[]; css?: string[] }>;
const manifestPath = join(distDir, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: vite.config.ts must keep build.manifest on.`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

/** Virtual modules are keyed with Vite's \0 prefix and a plugin's own; match them by the id they end in. */
function manifestKey(source: string): string {
  if (manifest[source]) return source;
  // The start page's code is one chunk of its own making (scripts/start-chunk-plugin.ts), listed by its name.
  if (source === startEntrySource) {
    const start = Object.keys(manifest).find((candidate) => manifest[candidate]?.name === startChunkName && !manifest[candidate]?.src);
    if (start) return start;
  }
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(source));
  // A chunk the route table names but the build does not have would silently lose its preloading: stop instead.
  if (!key) throw new Error(`The build has no chunk made from ${source}, which the app's route table names. Was the file renamed?`);
  return key;
}

/** A chunk and the chunks it imports, as files under the base path. */
function chunkFiles(key: string): string[] {
  const chunk = manifest[key];
  if (!chunk) return [];
  return [chunk.file, ...(chunk.imports ?? []).filter((name) => name !== 'index.html').flatMap((name) => chunkFiles(name))];
}

/**
 * The chunks a page's app will ask for are listed in a <meta> tag, not as
 * <link rel="modulepreload">: the entry script asks for them together once
 * the page has painted (src/app/entry-client.ts), so no script download
 * competes with the text, the stylesheet and the pictures for the first paint.
 */
function chunksMeta(sources: readonly string[]): string {
  const files = new Set(sources.flatMap((source) => chunkFiles(manifestKey(source))));
  return `<meta name="natvana:chunks" content="${escapeHtml([...files].map((file) => `${base}${file}`).join(' '))}">`;
}

/** A chunk's own CSS and that of the chunks it imports, as files under the base path. */
function chunkCss(key: string): string[] {
  const chunk = manifest[key];
  if (!chunk) return [];
  // What a chunk imports first, so its own rules come later in the cascade, as when Vite's loader adds them.
  return [...(chunk.imports ?? []).filter((name) => name !== 'index.html').flatMap((name) => chunkCss(name)), ...(chunk.css ?? [])];
}

/**
 * The styles that came with a page's chunks (the instructor's, the
 * certificate's), linked in the HTML so the page paints styled at once, in the
 * first round trip with the first stylesheet. The first stylesheet is the
 * template's own and is not repeated.
 */
function chunkStylesheets(sources: readonly string[]): string {
  const first = new Set(manifest['index.html']?.css ?? []);
  const files = new Set(sources.flatMap((source) => chunkCss(manifestKey(source))).filter((file) => !first.has(file)));
  return [...files].map((file) => `\n    <link rel="stylesheet" crossorigin href="${escapeHtml(`${base}${file}`)}">`).join('');
}

function page(url: string): string {
  const rendered = entry.renderPage(url, basename);
  return pageHtml(template, {
    lang: rendered.lang,
    dir: rendered.dir,
    title: rendered.title,
    head: chunksMeta(rendered.chunkSources),
    stylesheets: chunkStylesheets(rendered.chunkSources),
    body: rendered.html,
  });
}

const routes = entry.allRoutes();
for (const route of routes) {
  const file = join(distDir, route, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page(route));
}
writeFileSync(join(distDir, '404.html'), page(entry.notFoundRoute));
// The page the service worker answers with for an address it has no copy of (offline): no words, only the app,
// which draws the page from its scripts and the lesson's data (scripts/offline/plan.ts).
writeFileSync(
  join(distDir, appShellFile),
  pageHtml(template, { lang: entry.notFoundRoute.split('/')[1] ?? 'sv', dir: 'ltr', title: 'Nätvana', head: chunksMeta([startEntrySource]), body: '' }),
);
// The lessons of each language, for the offline lists that scripts/service-worker.ts writes; it removes .vite/ after.
writeFileSync(join(distDir, '.vite', 'natvana-lessons.json'), JSON.stringify(await entry.offlineLessons()));
rmSync(ssrDir, { recursive: true, force: true });
// library.json is read at build time; the copy Vite puts in dist/ would only mislead someone editing the deployed site.
rmSync(join(distDir, 'library.json'), { force: true });

console.log(`Prerendered ${routes.length} pages and 404.html into ${distDir} (base ${base}).`);
