/**
 * Writes a real HTML file for every route after `vite build`, so text shows
 * before scripts run (or when they never run), and any static web server
 * can serve Nätvana without rewrite rules: `/sv/module/email/` is the file
 * `sv/module/email/index.html`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lessonOfPath } from '../src/app/routes.ts';
import { isUiLanguage, lessonLanguageFor } from '../src/i18n/languages.ts';

interface ServerEntry {
  loadEverything(): Promise<void>;
  renderPage(url: string, basename?: string): { html: string; title: string; lang: string; dir: string };
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

type Manifest = Record<string, { file: string; imports?: string[] }>;
const manifestPath = join(distDir, '.vite', 'manifest.json');
const manifest: Manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};

/** A chunk and the chunks it imports, as files under the base path. */
function chunkFiles(key: string | undefined): string[] {
  const chunk = key ? manifest[key] : undefined;
  if (!chunk) return [];
  return [chunk.file, ...(chunk.imports ?? []).filter((name) => name !== 'index.html').flatMap((name) => chunkFiles(name))];
}

/**
 * The chunks a page's app will ask for: the app, its language's strings, and
 * on lesson pages the player and the lesson. They are listed in a <meta> tag,
 * not as <link rel="modulepreload">: the entry script asks for them together
 * once the page has painted (src/app/entry-client.ts), so no script download
 * competes with the text, the stylesheet and the pictures for the first paint.
 */
function chunksFor(route: string, lang: string): string {
  const files = [...chunkFiles('src/app/start-client.tsx'), ...chunkFiles(`src/i18n/locales/${lang}/index.ts`)];
  const lesson = lessonOfPath(route);
  if (lesson) {
    const lessonLanguage = lessonLanguageFor(isUiLanguage(lang) ? lang : 'sv');
    files.push(...chunkFiles('src/app/pages/lesson-pages.ts'));
    files.push(...chunkFiles(Object.keys(manifest).find((key) => key.endsWith(`virtual:natvana/lesson/${lessonLanguage}/${lesson.lessonId}`))));
  }
  return `<meta name="natvana:chunks" content="${[...new Set(files)].map((file) => `${base}${file}`).join(' ')}">`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(url: string): string {
  const rendered = entry.renderPage(url, basename);
  return template
    .replace('<html lang="sv" dir="ltr">', `<html lang="${rendered.lang}" dir="${rendered.dir}">`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace('</head>', `  ${chunksFor(url, rendered.lang)}\n  </head>`)
    .replace('<!--app-html-->', rendered.html);
}

const routes = entry.allRoutes();
for (const route of routes) {
  const file = join(distDir, route, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page(route));
}
writeFileSync(join(distDir, '404.html'), page(entry.notFoundRoute));
rmSync(ssrDir, { recursive: true, force: true });
rmSync(join(distDir, '.vite'), { recursive: true, force: true });
// library.json is read at build time; the copy Vite puts in dist/ would only mislead someone editing the deployed site.
rmSync(join(distDir, 'library.json'), { force: true });

console.log(`Prerendered ${routes.length} pages and 404.html into ${distDir} (base ${base}).`);
