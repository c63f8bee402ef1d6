import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, nginx, startNginxRecipe } from './nginx-recipe.ts';
import { securityHeaders } from '../../scripts/security-headers.ts';
import { startStaticServer } from '../../scripts/static-server.ts';

/**
 * docs/deploying.md promises the security headers on every path. A header
 * recipe can lose them for some paths without anyone seeing (nginx drops the
 * server's add_header lines in any location block with its own), so each
 * recipe that can run here is run, and every kind of path is asked for.
 */

const docs = readFileSync(fileURLToPath(new URL('../../docs/deploying.md', import.meta.url)), 'utf8');

/** A built site in miniature: a page in a folder, a script and a picture in assets/, the service worker, 404. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'natvana-site-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>N</title>',
    'sv/index.html': '<!doctype html><title>N</title>',
    '404.html': '<!doctype html><title>Saknas</title>',
    'assets/entry-client-abc123.js': 'console.log(1);\n',
    'assets/at-key-abc123.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    'sw.js': 'self.addEventListener("fetch", () => {});\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  // nginx's workers run as another user: the folders made here are private to this one.
  for (const folder of [root, join(root, 'sv'), join(root, 'assets')]) chmodSync(folder, 0o755);
  return root;
}

const paths = ['/', '/sv/', '/assets/entry-client-abc123.js', '/assets/at-key-abc123.svg', '/sw.js', '/no-such-page/', '/sv'];

/** What the recipes for a server with HTTPS add to the four headers: see "HTTPS only" in docs/deploying.md. */
const httpsOnly = { 'Strict-Transport-Security': 'max-age=31536000' };

async function expectHeadersEverywhere(origin: string, expected: Record<string, string> = securityHeaders): Promise<void> {
  for (const path of [...paths, '/assets/no-such-file-abc123.js']) {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${name} on ${path} (${response.status})`).toBe(value);
  }
  expect((await fetch(`${origin}/assets/entry-client-abc123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await fetch(`${origin}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
  expect((await fetch(`${origin}/no-such-page/`)).status).toBe(404);
  // A missing file under assets/ is a 404, never a page with 200 that a service worker could keep as the file.
  const missing = await fetch(`${origin}/assets/no-such-file-abc123.js`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type') ?? '').not.toMatch(/javascript/);
}

describe('every header recipe in docs/deploying.md', () => {
  it('names the same four headers with the same values as the server the project uses, and HSTS for HTTPS', () => {
    const recipes = [...docs.matchAll(/```(nginx|apache|text)\n([\s\S]*?)```/g)];
    expect(recipes.map((recipe) => recipe[1])).toEqual(['nginx', 'apache', 'text']);
    for (const [, kind, body] of recipes) {
      for (const name of Object.keys(securityHeaders)) expect(body, `${kind}: ${name}`).toContain(name);
      for (const [name, value] of Object.entries({ ...securityHeaders, ...httpsOnly })) expect(body?.includes(value) || body?.includes(`"${value}"`), `${kind}: ${name} value`).toBe(true);
      // No recipe turns a missing file into a page: that is what poisons a lesson's file in the service worker's cache.
      expect(body, `${kind}: no single-page-app fallback`).not.toMatch(/\/index\.html( 200)?\s*;?\s*$|FallbackResource/m);
    }
  });

  it('a _headers host: every path gets the headers, from the one rule that matches all', () => {
    const rules = /```text\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const blocks = rules.split(/\n(?=\S)/).map((block) => block.split('\n'));
    const all = blocks.find((lines) => lines[0] === '/*') ?? [];
    const sent = Object.fromEntries(all.slice(1).map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2)));
    expect(sent).toMatchObject({ ...securityHeaders, ...httpsOnly });
  });
});

describe('the project\'s static server (npm run preview, the browser tests)', () => {
  let root = '';
  let close: () => void = () => {};
  let origin = '';
  beforeAll(async () => {
    root = site();
    const { server, url } = await startStaticServer({ root });
    close = () => server.close();
    origin = url.replace(/\/$/, '');
  });
  afterAll(() => {
    close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the security headers on every path: pages, scripts, pictures, the service worker, 404 and redirects', async () => {
    await expectHeadersEverywhere(origin);
  });

  it('answers a malformed address (GET /%) with 400 and keeps serving', async () => {
    expect((await fetch(`${origin}/%`)).status).toBe(400);
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${origin}/sv/`)).status).toBe(200);
  });
});

// Skipped only where nginx is not installed (.ci/run installs nginx-light, so CI always runs it).
// Said in the output, not only in a skipped suite's title: .ci/run installs nginx, so a run without it is a machine without CI's setup.
if (!nginx) console.warn('The nginx recipe is not tested here: nginx is not installed (.ci/run installs it). Install nginx to run the test.');

describe.skipIf(!nginx)(`the nginx recipe, run by ${nginx ?? 'nginx (not installed here, so this is skipped)'}`, () => {
  let root = '';
  let origin = '';
  let stop: () => void = () => {};

  beforeAll(async () => {
    root = site();
    const running = await startNginxRecipe(root);
    expect(running.served).toMatch(/listen 127\.0\.0\.1:\d+;/);
    expect(running.served).toContain(`root ${root};`);
    origin = running.origin;
    stop = running.stop;
  }, 15_000);

  afterAll(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the security headers on every path, /assets/ and /sw.js too, and a 404 for a missing file under assets/', async () => {
    await expectHeadersEverywhere(origin, { ...securityHeaders, ...httpsOnly });
  });
});

/** Apache where it is installed (.ci/run installs it, as it does nginx). */
const apache = ['/usr/sbin/apache2', spawnSync('sh', ['-c', 'command -v apache2 || command -v httpd'], { encoding: 'utf8' }).stdout.trim()].find((path) => path && existsSync(path));
const apacheModules = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/libexec/apache2'].find((folder) => existsSync(join(folder, 'mod_headers.so')));

describe.skipIf(!apache || !apacheModules)(`the Apache recipe, run by ${apache ?? 'Apache (not installed here, so this is skipped)'}`, () => {
  let root = '';
  let prefix = '';
  let origin = '';
  let stop: () => void = () => {};

  beforeAll(async () => {
    root = site();
    prefix = mkdtempSync(join(tmpdir(), 'natvana-apache-'));
    const port = await freePort();
    const recipe = /```apache\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    writeFileSync(join(root, '.htaccess'), recipe);
    chmodSync(join(root, '.htaccess'), 0o644);
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'alias'].map((name) => `LoadModule ${name}_module ${apacheModules}/mod_${name}.so`);
    const config = [
      'ServerName localhost',
      `Listen 127.0.0.1:${port}`,
      `ServerRoot ${prefix}`,
      `PidFile ${prefix}/httpd.pid`,
      `DefaultRuntimeDir ${prefix}`,
      `Mutex file:${prefix} default`,
      `ErrorLog ${prefix}/error.log`,
      ...modules,
      // Running as root, Apache's workers drop to an ordinary user; the folders made here are readable by all.
      ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${root}`,
      `<Directory ${root}>`,
      '  AllowOverride All',
      '  Require all granted',
      '</Directory>',
      'DirectoryIndex index.html',
    ].join('\n');
    writeFileSync(join(prefix, 'httpd.conf'), config);
    const child = spawn(apache ?? 'apache2', ['-f', join(prefix, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    stop = () => child.kill('SIGTERM');
    origin = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`Apache stopped: ${errors}`);
      try {
        await fetch(origin);
        return;
      } catch {
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
    throw new Error(`Apache did not start: ${errors}`);
  }, 15_000);

  afterAll(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(prefix, { recursive: true, force: true });
  });

  it('sends the security headers on every path, /assets/ and /sw.js too, and a 404 for a missing file under assets/', async () => {
    await expectHeadersEverywhere(origin, { ...securityHeaders, ...httpsOnly });
  });
});
