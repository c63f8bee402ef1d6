/**
 * The "floor": the prerendered lesson page with every script taken out, so
 * the same text, the same CSS and the same image, and no JavaScript at all.
 * No app can paint this page sooner than a browser paints plain HTML; the
 * benchmark compares the real pages with it to see what our JavaScript costs.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Floor {
  /** The folder to serve, laid out like dist/ so the page's root-relative links still work. */
  root: string;
  /** How many <script> and modulepreload tags were taken out. */
  removed: number;
}

/**
 * @param dist     the built site
 * @param base     the sub-path the site is served under, like / or /natvana/
 * @param route    the page to copy, relative to base, like sv/lesson/what-is-email/2/
 * @param outDir   an empty temporary folder
 */
export function buildFloor(dist: string, base: string, route: string, outDir: string): Floor {
  const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
  let removed = 0;
  const count = (): string => {
    removed += 1;
    return '';
  };
  const floorHtml = html
    // Inline and external scripts alike: the floor runs no code at all.
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, count)
    // A modulepreload would still download (and parse) JavaScript.
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\s*/gi, count);
  if (/<script\b/i.test(floorHtml)) throw new Error(`The floor page still has a <script> after stripping: ${route}`);

  const page = join(outDir, route, 'index.html');
  mkdirSync(dirname(page), { recursive: true });
  writeFileSync(page, floorHtml);

  // Copy what the page links to (the stylesheet, the icon, lesson images) so
  // the floor pays for the same CSS and image requests as the real page.
  for (const match of floorHtml.matchAll(/\b(?:href|src)=["']([^"'#?]+)["']/gi)) {
    const url = match[1];
    if (!url || !url.startsWith(base) || url.endsWith('/')) continue;
    const relative = decodeURIComponent(url.slice(base.length));
    const source = join(dist, relative);
    if (!existsSync(source) || !statSync(source).isFile()) continue;
    const target = join(outDir, relative);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(source, target);
  }
  return { root: outDir, removed };
}
