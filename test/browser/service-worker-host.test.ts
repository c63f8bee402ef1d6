/**
 * A web host set up as a single-page app answers a file that is missing with
 * its `index.html` and status 200; so does a filter's block page. The service
 * worker must not keep such an answer as a lesson's file, "Försök igen" must
 * fetch a fresh copy once the host answers properly, and "Ta bort den sparade
 * kursen" must remove every kept lesson file, an older version's too. When a
 * new version takes over, the lesson files of the version before it go.
 */
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../../scripts/build-variants.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { openPage, waitForApp, waitForFirstStep, waitForHeading } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { keptFiles, waitForLessonCache } from './support/lesson-cache.ts';

const variant = buildVariant('sub-path');
const lessonId = 'what-is-email';
/** The paths (under the site's sub-path) a host answers with its app page instead of the file, while set. */
const answeredWithPage = new Set<string>();
/** While set, the host serves a new version of the service worker: the same files, a script that differs. */
let newVersion: string | undefined;
let host: Server | undefined;
let upstream: Server | undefined;
let hostUrl = '';

/**
 * A host in front of the built site, as the learner's browser meets it: it
 * passes every request on, except the files in `answeredWithPage`, which it
 * answers as a host with a "rewrite everything to index.html" rule does.
 */
beforeAll(async () => {
  const started = await startStaticServer({ root: variant.outDir, base: variant.base });
  upstream = started.server;
  const appPage = readFileSync(join(variant.outDir, 'index.html'));
  host = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (answeredWithPage.has(path)) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(appPage);
      return;
    }
    if (newVersion && path === `${variant.base}sw.js`) {
      const worker = readFileSync(join(variant.outDir, 'sw.js'), 'utf8');
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).end(`${worker}\n// ${newVersion}\n`);
      return;
    }
    fetch(new URL(request.url ?? '/', started.url), { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' }).then(
      async (answer) => {
        const headers = [...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name));
        response.writeHead(answer.status, Object.fromEntries(headers)).end(Buffer.from(await answer.arrayBuffer()));
      },
      () => response.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => host?.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${variant.base}`;
});

afterAll(async () => {
  await Promise.all([host, upstream].map((server) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))));
});

const session = openBrowserPage();

/** The lesson's files, as the build lists them for "save the course". */
function lessonFiles(): string[] {
  const list = JSON.parse(readFileSync(join(variant.outDir, 'offline', 'sv.json'), 'utf8')) as { lessons: Record<string, string[]> };
  return list.lessons[lessonId] ?? [];
}

async function underServiceWorker(page: Page): Promise<void> {
  await openPage(page, `${hostUrl}sv/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The lesson opened under the service worker, so it is kept whole, and beside
 * it a lesson file as an older version left it (one this build does not have).
 * Returns the addresses of this version's files and of the older one.
 */
async function lessonKeptBesideAnOlderFile(page: Page): Promise<{ ownFiles: string[]; olderVersion: string }> {
  await underServiceWorker(page);
  await openPage(page, `${hostUrl}sv/lesson/${lessonId}/1/`);
  await waitForFirstStep(page);
  const ownFiles = lessonFiles().map((file) => new URL(file, hostUrl).href);
  await waitForLessonCache(page, ownFiles);
  const olderVersion = new URL('assets/what-is-email-0lderV3r.js', hostUrl).href;
  await page.evaluate(async (url) => {
    const cache = await caches.open('natvana-lessons');
    await cache.put(url, new Response('export default {};', { headers: { 'Content-Type': 'text/javascript' } }));
  }, olderVersion);
  return { ownFiles, olderVersion };
}

describe('a host that answers a missing file with a page', () => {
  it('cannot break a lesson for ever: the page is not kept as the lesson, and "Försök igen" gets a fresh copy', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await underServiceWorker(page);
      const scripts = lessonFiles().filter((file) => file.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) answeredWithPage.add(`${variant.base}${file}`);

      await openPage(page, `${hostUrl}sv/lesson/${lessonId}/1/`);
      await waitForHeading(page, 'Lektionen kunde inte laddas');
      const kept = await page.evaluate(async () => {
        const cache = await caches.open('natvana-lessons');
        const answers = await Promise.all((await cache.keys()).map((request) => cache.match(request)));
        return answers.map((answer) => answer?.headers.get('content-type') ?? '');
      });
      expect(kept.filter((type) => type.startsWith('text/html'))).toEqual([]);

      // The host is set right; the learner tries again, without clearing anything.
      answeredWithPage.clear();
      await page.getByRole('button', { name: 'Försök igen' }).click();
      await waitForFirstStep(page);
    } finally {
      answeredWithPage.clear();
      await context.close();
    }
  });

  it('"Försök igen" drops a page an older service worker kept as the lesson, and fetches the file', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      await underServiceWorker(page);
      // As an older service worker left it: the app's page kept under each of the lesson's script names.
      const scripts = lessonFiles()
        .filter((file) => file.endsWith('.js'))
        .map((file) => new URL(file, hostUrl).href);
      await page.evaluate(async (urls) => {
        const cache = await caches.open('natvana-lessons');
        for (const url of urls) await cache.put(url, new Response('<!doctype html><title>Nätvana</title>', { headers: { 'Content-Type': 'text/html' } }));
      }, scripts);
      await openPage(page, `${hostUrl}sv/lesson/${lessonId}/1/`);
      await waitForHeading(page, 'Lektionen kunde inte laddas');
      await page.getByRole('button', { name: 'Försök igen' }).click();
      await waitForFirstStep(page);
    } finally {
      await context.close();
    }
  });

  it('"Ta bort den sparade kursen" removes every kept lesson file, an older version’s too', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      // The opened lesson is kept whole, so the module page counts it as saved and offers to remove it.
      await lessonKeptBesideAnOlderFile(page);
      await openPage(page, `${hostUrl}sv/module/email/`);
      const section = page.getByRole('region', { name: 'Använda kursen utan internet' });
      await section.getByRole('button', { name: 'Ta bort den sparade kursen' }).click();
      await section.getByText('Den sparade kursen är borttagen från den här datorn.').waitFor();
      expect(await keptFiles(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a new version, once the learner says Uppdatera, removes the lesson files that only an older version had and keeps its own', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      const { ownFiles, olderVersion } = await lessonKeptBesideAnOlderFile(page);
      expect(await keptFiles(page)).toContain(olderVersion);

      // The library puts up a new version; the learner's next visit finds it and asks.
      newVersion = 'the next version';
      await openPage(page, `${hostUrl}sv/`);
      const prompt = page.getByRole('region', { name: 'En ny version av Nätvana finns. Du kan uppdatera nu eller senare.' });
      await prompt.getByRole('button', { name: 'Uppdatera' }).click();
      // The new version took over: the page reloads under it, and its clean-up has run.
      await waitForLessonCache(page, [olderVersion], false);
      await waitForApp(page);
      const kept = await keptFiles(page);
      expect(kept).not.toContain(olderVersion);
      expect(ownFiles.filter((file) => !kept.includes(file))).toEqual([]);
    } finally {
      newVersion = undefined;
      await context.close();
    }
  });
});
