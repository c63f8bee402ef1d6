import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp, waitForFirstStep } from './support/app-ready.ts';
import { axeViolations } from './support/axe.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { waitForLessonCache } from './support/lesson-cache.ts';

// The fixture lesson test/fixtures/lessons-practice/practise-inbox/, step 5: the practice inbox with the digital mailbox.
// A profile kept between page loads, for the service worker, and a copy of the build on an address of its own.
const session = openBrowserPage({ variant: 'practice', persistentProfile: true, ownCopyOfSite: true });

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until every file of the lesson is in the cache the service worker answers lesson files from. */
async function waitForLessonKept(page: Page, lessonId: string): Promise<void> {
  const list = JSON.parse(readFileSync(join(session.siteDir, 'offline', 'sv.json'), 'utf8')) as { lessons: Record<string, string[]> };
  const files = list.lessons[lessonId] ?? [];
  expect(files.length).toBeGreaterThan(0);
  await waitForLessonCache(page, files.map((file) => new URL(file, session.siteUrl).href));
}

const focusedHeading = (page: Page, name: string) =>
  page.waitForFunction((text) => /^H[23]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.textContent === text, name);

describe('a practice whose screens download when first used, with the network off', () => {
  it('every screen of the practice inbox works with the network off once its lesson is kept on the computer', async () => {
    const { page, context, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/`);
    await waitForServiceWorkerControl(page);
    // Opening the lesson keeps it whole, with the practice's code and scenarios, which the first visit did not download.
    await openPage(page, `${siteUrl}sv/lesson/practise-mail/1/`);
    await waitForFirstStep(page);
    await waitForLessonKept(page, 'practise-mail');

    await context.setOffline(true);
    try {
      await openPage(page, `${siteUrl}sv/lesson/practise-mail/5/`);
      await page.getByText('Övning – inget här är på riktigt').waitFor();
      const practice = page.getByRole('region', { name: 'Övning' });
      // Reading a message, reporting it, writing and the digital mailbox: each screen's code downloads on first use.
      await practice.getByRole('button', { name: /Kontot stängs/ }).click();
      await focusedHeading(page, 'Kontot stängs');
      await practice.getByRole('button', { name: 'Anmäl som bedrägeri' }).click();
      await focusedHeading(page, 'Anmäl som bedrägeri');
      await practice.getByRole('button', { name: 'Avbryt' }).click();
      await practice.getByRole('button', { name: 'Skriv nytt mejl' }).click();
      await focusedHeading(page, 'Skriv mejl');
      await practice.getByRole('button', { name: 'Digital brevlåda' }).click();
      await focusedHeading(page, 'Dina brev');
      await practice.getByRole('button', { name: /Ditt beslut/ }).click();
      await focusedHeading(page, 'Ditt beslut');
      expect(await practice.getByText('Något gick fel i övningen').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});
