import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp, waitForFirstStep, waitForFocusOnHeading, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

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

describe('after one visit', () => {
  it('works with the network off: other pages, other lessons and other languages', async () => {
    const { page, context, siteUrl } = session;
    await openPage(page, siteUrl);
    await waitForServiceWorkerControl();
    await context.setOffline(true);
    try {
      await openPage(page, `${siteUrl}sv/lesson/what-is-an-e-service/3/`);
      await page.locator('.step-count', { hasText: /^Steg 3 av \d+$/ }).waitFor();
      const total = Number(/(\d+)$/.exec(await page.locator('.step-count').innerText())?.[1]);
      await page.getByRole('link', { name: 'Nästa', exact: true }).click();
      await page.waitForURL('**/what-is-an-e-service/4/');
      await waitForStep(page, 4, total);
      await waitForFocusOnHeading(page);

      await openPage(page, `${siteUrl}en/module/safe-browsing/`);
      await page.getByRole('link', { name: /web address/i }).first().click();
      await page.waitForURL('**/en/lesson/read-a-web-address/1/');
      await waitForFirstStep(page, 'en');

      await openPage(page, `${siteUrl}ar/`);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    } finally {
      await context.setOffline(false);
    }
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
