/**
 * A plain static file server, like the one a library's web host runs: no
 * rewrites, a folder's index.html for a path ending in /, 404.html for
 * anything else, and gzip for text, as nearly every web host does. Used by
 * `npm run preview`, the browser tests and the benchmark. Every response,
 * whatever its path, carries the security headers of docs/deploying.md.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheControlFor, securityHeaders } from './security-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);
const gzipped = new Map<string, { modified: number; body: Buffer }>();

function gzipOf(file: string): Buffer {
  const modified = statSync(file).mtimeMs;
  const cached = gzipped.get(file);
  if (cached?.modified === modified) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { modified, body });
  return body;
}

export interface StaticServerOptions {
  root: string;
  /** The sub-path the site is served under, like /natvana/. */
  base?: string;
  port?: number;
  /** Response headers added to the security headers (and replacing one of the same name). */
  headers?: Record<string, string>;
}

export function startStaticServer({ root, base = '/', port = 0, headers: extraHeaders = {} }: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cacheControl = cacheControlFor(url.pathname, base);
    // On every path, as docs/deploying.md asks of every web server: pages, scripts, pictures, the service worker, 404 and redirects.
    const headers: Record<string, string> = { ...securityHeaders, ...(cacheControl ? { 'Cache-Control': cacheControl } : {}), ...extraHeaders };
    const send = (status: number, file: string) => {
      const type = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers };
      if (compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const body = gzipOf(file);
        response.writeHead(status, { ...type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
        response.end(body);
        return;
      }
      const body = readFileSync(file);
      response.writeHead(status, { ...type, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      response.end(body);
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      if (existsSync(page)) send(404, page);
      else response.writeHead(404, headers).end('Not found');
    };
    if (!url.pathname.startsWith(base)) return notFound();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      // A malformed escape (`GET /%`) is the client's mistake: say so, and keep serving.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Bad request');
      return;
    }
    const path = normalize(join(rootDir, relative));
    if (path !== rootDir && !path.startsWith(rootDir + sep)) return notFound();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...headers }).end();
        return;
      }
      const index = join(path, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return existsSync(path) ? send(200, path) : notFound();
  });
  return new Promise((resolveStart) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({ server, url: `http://127.0.0.1:${actualPort}${base}` });
    });
  });
}
