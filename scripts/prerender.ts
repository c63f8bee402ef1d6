/**
 * Writes a real HTML file for every route after `vite build`, so text shows
 * before scripts run (or when they never run), and any static web server
 * can serve Nätvana without rewrite rules: `/sv/module/email/` is the file
 * `sv/module/email/index.html`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(url: string): string {
  const rendered = entry.renderPage(url, basename);
  return template
    .replace('<html lang="sv" dir="ltr">', `<html lang="${rendered.lang}" dir="${rendered.dir}">`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
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
// library.json is read at build time; the copy Vite puts in dist/ would only mislead someone editing the deployed site.
rmSync(join(distDir, 'library.json'), { force: true });

console.log(`Prerendered ${routes.length} pages and 404.html into ${distDir} (base ${base}).`);
