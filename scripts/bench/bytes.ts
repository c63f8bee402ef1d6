/**
 * How many bytes of JavaScript and CSS a page loads, raw and gzipped.
 *
 * The list of files comes from Lighthouse (what the browser really fetched,
 * lazy chunks included). The sizes come from the files in dist/: our static
 * server sends them uncompressed, so Lighthouse's transferSize is the raw
 * size, and the gzip size a real web host would send is computed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request } from './lighthouse-run.ts';

export interface Asset {
  /** Path relative to the site's base, like assets/index-CYFfK4XB.js. */
  path: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

const kinds: Partial<Record<string, Asset['kind']>> = { Script: 'js', Stylesheet: 'css' };

export function assetsOf(requests: Request[], dist: string, base: string): Asset[] {
  const seen = new Map<string, Asset>();
  for (const request of requests) {
    const kind = kinds[request.resourceType];
    if (!kind) continue;
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(base)) throw new Error(`A ${kind} file from outside the site: ${request.url}`);
    const path = decodeURIComponent(pathname.slice(base.length));
    if (seen.has(path)) continue;
    const content = readFileSync(join(dist, path));
    // zlib's default level (6) is what Vite's own size report and most web hosts use.
    seen.set(path, { path, kind, raw: content.length, gzip: gzipSync(content).length });
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export const total = (assets: Asset[], kind: Asset['kind'], size: 'raw' | 'gzip'): number =>
  assets.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset[size], 0);
