/**
 * The nginx recipe of docs/deploying.md serving the real build, as a library
 * would deploy it: the app comes alive under the recipe's headers (its
 * Content-Security-Policy on top of each page's own), every answer carries
 * the security headers and HSTS, the service worker takes the site over, and
 * a missing file under assets/ is a 404. Skipped, with a word in the output,
 * only where nginx is not installed (.ci/run installs it).
 */
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../../scripts/build-variants.ts';
import { securityHeaders } from '../../scripts/security-headers.ts';
import { nginx, type RunningRecipe, startNginxRecipe } from '../deploy/nginx-recipe.ts';
import { openPage, waitForApp, waitForFirstStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

if (!nginx) console.warn('The nginx recipe is not tried in a browser here: nginx is not installed (.ci/run installs it).');

/** A copy of the build that nginx's workers, another user, can read. */
function readableCopy(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'natvana-recipe-site-'));
  cpSync(from, root, { recursive: true });
  const open = (folder: string) => {
    chmodSync(folder, 0o755);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) open(path);
      else chmodSync(path, 0o644);
    }
  };
  open(root);
  return root;
}

describe.skipIf(!nginx)('the nginx recipe serving the built site, in Chromium', () => {
  const session = openBrowserPage();
  // Built for the root of a host (the example library's build): the recipe serves a domain of its own.
  const variant = buildVariant('library-example');
  let root = '';
  let recipe: RunningRecipe | undefined;

  beforeAll(async () => {
    root = readableCopy(variant.outDir);
    recipe = await startNginxRecipe(root);
  }, 30_000);

  afterAll(() => {
    recipe?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('runs the app under the recipe’s headers, sends them on every answer and HSTS on every page, and lets the service worker take over', async () => {
    const origin = recipe?.origin ?? '';
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      // allHeaders(): headers() leaves out what the browser counts as security headers.
      const answers: Promise<{ url: string; headers: Record<string, string> }>[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(origin)) answers.push(response.allHeaders().then((headers) => ({ url: response.url(), headers })));
      });

      await openPage(page, `${origin}/sv/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await openPage(page, `${origin}/sv/lesson/what-is-email/1/`);
      await waitForFirstStep(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.reload();
      await waitForApp(page);
      await waitForFirstStep(page);

      expect(problems).toEqual([]);
      const answered = await Promise.all(answers);
      expect(answered.length).toBeGreaterThan(5);
      // Over plain HTTP the browser keeps HSTS only on the pages it loads (it may not act on it without HTTPS); every answer's HSTS is checked by test/deploy/headers.test.ts.
      const pages = answered.filter(({ url }) => url.endsWith('/'));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.filter(({ headers }) => headers['strict-transport-security'] !== 'max-age=31536000').map(({ url }) => url)).toEqual([]);
      const missing = answered.flatMap(({ url, headers }) =>
        Object.entries(securityHeaders)
          .filter(([name, value]) => headers[name.toLowerCase()] !== value)
          .map(([name]) => `${name} on ${url}`),
      );
      expect(missing).toEqual([]);
      const absent = await page.request.get(`${origin}/assets/no-such-file-abc123.js`);
      expect(absent.status()).toBe(404);
    } finally {
      await context.close();
    }
  });
});
