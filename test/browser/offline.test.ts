import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp, waitForFirstStep, waitForHeading, waitForStep } from './support/app-ready.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { waitForLessonCache } from './support/lesson-cache.ts';

// A profile kept between page loads, for the service worker; and a copy of the build of its own,
// since the update test writes a new sw.js and the other tests must keep reading the one that was built.
const session = openBrowserPage({ persistentProfile: true, ownCopyOfSite: true });

async function waitForServiceWorkerControl(): Promise<void> {
  const { page } = session;
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit installs the worker; from the next page load on it answers every request.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The Swedish offline list the build wrote: each lesson's files. */
function swedishList(): { course: { lessonIds: string[] }; lessons: Record<string, string[]> } {
  return JSON.parse(readFileSync(join(session.siteDir, 'offline', 'sv.json'), 'utf8')) as ReturnType<typeof swedishList>;
}

/** Waits until every file of the lessons is in the cache the service worker answers lesson files from. */
const waitForLessonsKept = (page: Page, files: string[]) => waitForLessonCache(page, files.map((file) => new URL(file, session.siteUrl).href));

/** True when every picture on the page has been drawn. */
const picturesShown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('main img')].every((image) => image.complete && image.naturalWidth > 0));

describe('after a visit to the start page and one lesson', () => {
  it('with the network off, the start page and that lesson work, and a lesson not saved says so plainly', async () => {
    const { page, context, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/`);
    await waitForServiceWorkerControl();
    await openPage(page, `${siteUrl}sv/lesson/what-is-email/1/`);
    await waitForFirstStep(page);
    await waitForLessonsKept(page, swedishList().lessons['what-is-email'] ?? []);

    await context.setOffline(true);
    try {
      await openPage(page, `${siteUrl}sv/`);
      await waitForHeading(page, 'Lär dig använda internet');

      // A step this browser never loaded: the app draws it from the lesson kept on the computer, with its picture.
      await openPage(page, `${siteUrl}sv/lesson/what-is-email/3/`);
      const total = Number(/(\d+)\s*$/.exec(await page.locator('.step-count').innerText())?.[1]);
      await waitForStep(page, 3, total);
      await page.locator('main img').first().waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('main img')].every((image) => image.complete));
      expect(await picturesShown(page)).toBe(true);
      await page.getByRole('link', { name: 'Nästa', exact: true }).click();
      await waitForStep(page, 4, total);

      // Module pages and other languages come from the app, which the first visit kept.
      await openPage(page, `${siteUrl}en/module/safe-browsing/`);
      await page.getByRole('link', { name: /web address/i }).first().waitFor();
      await openPage(page, `${siteUrl}ar/`);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

      await openPage(page, `${siteUrl}sv/lesson/what-is-an-e-service/1/`);
      await waitForHeading(page, 'Lektionen är inte sparad');
      await page.getByText('Datorn har inget internet just nu.').waitFor();
      const saved = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Vad är e-post?' }) });
      await saved.waitFor();
      await page.getByRole('link', { name: 'Till startsidan' }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await context.setOffline(false);
    }
  });

  it('after "save the course", every lesson in that language works with the network off', async () => {
    const { page, context, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/module/email/`);
    const section = page.getByRole('region', { name: 'Använda kursen utan internet' });
    const list = swedishList();
    // The size comes first, before anything is downloaded.
    await section.getByText(`Hela kursen är ${list.course.lessonIds.length} lektioner. Att spara den laddar ner ungefär`).waitFor();
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Spara kursen för att använda den utan internet' }).click();
    await section.getByText('Hela kursen är sparad på den här datorn. Du kan använda den utan internet.').waitFor();
    await expectNoAxeViolations(page);
    await waitForLessonsKept(page, Object.values(list.lessons).flat());

    await context.setOffline(true);
    try {
      for (const lessonId of list.course.lessonIds) {
        await openPage(page, `${siteUrl}sv/lesson/${lessonId}/1/`);
        await waitForFirstStep(page);
      }
    } finally {
      await context.setOffline(false);
    }

    await openPage(page, `${siteUrl}sv/module/email/`);
    await section.getByRole('button', { name: 'Ta bort den sparade kursen' }).click();
    await section.getByText('Den sparade kursen är borttagen från den här datorn.').waitFor();
    await section.getByRole('button', { name: 'Spara kursen för att använda den utan internet' }).waitFor();
  });

  it('offers a new version politely, and changes only when the learner says so', async () => {
    const { page, siteUrl, siteDir } = session;
    await openPage(page, `${siteUrl}sv/lesson/what-is-email/2/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A new version on the server: this file's own copy of the build, not the build the other tests read.
    appendFileSync(join(siteDir, 'sw.js'), `\n// A new version, ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('region', { name: /En ny version av Nätvana finns/ });
    await prompt.waitFor();
    // Still on the same step: nothing changed under the learner.
    expect(page.url()).toMatch(/what-is-email\/2\/$/);
    await prompt.getByRole('button', { name: 'Uppdatera' }).click();
    // The new version takes over and the page reloads itself: a document loaded by a reload, with the app alive in it.
    await page.waitForFunction(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload' &&
        document.documentElement.dataset.natvana === 'ready',
    );
    expect(page.url()).toMatch(/what-is-email\/2\/$/);
    await page.locator('.step-count', { hasText: /^Steg 2 av \d+$/ }).waitFor();
    expect(await page.getByRole('region', { name: /En ny version/ }).count()).toBe(0);
  });
});
