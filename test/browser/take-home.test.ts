import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settingsKey } from '../../src/settings/settings.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { goThroughLesson, openPage, waitForHeading } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

type Summary = Record<string, string>;

/** What a browser keeps of each lesson, in the terms a code carries: done, or the step id the learner is on. */
async function keptProgress(page: Page): Promise<Summary> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('natvana-progress') ?? '{"lessons":{}}') as { lessons: Record<string, { status: string; stepId?: string }> };
    return Object.fromEntries(Object.entries(stored.lessons).map(([key, lesson]) => [key, lesson.status === 'done' ? 'done' : `step:${lesson.stepId ?? ''}`]));
  });
}

/** Brings the progress in from the preview on the take-home page, and waits until it is kept. */
async function bringInFromPreview(page: Page): Promise<void> {
  const preview = page.getByRole('region', { name: 'Det här finns att hämta' });
  await preview.waitFor();
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Lägg till framstegen här' }).click();
  await page.getByRole('status').filter({ hasText: 'Klart. Framstegen finns nu på den här datorn.' }).waitFor();
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  return { context, page: await context.newPage() };
}

describe('taking progress home', () => {
  it('a code, a link and a file made in one browser each bring the same progress into a fresh one', async () => {
    const { browser, siteUrl } = session;
    const home = await freshPage(browser);
    const { page } = home;
    // Some progress, whatever the lessons are: the first lesson started at step 2, the last one done.
    await openPage(page, `${siteUrl}sv/progress/`);
    const lessonLinks = await page.locator('a[href*="/lesson/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const lessonIds = lessonLinks.map((href) => /\/lesson\/([^/]+)\//.exec(href)?.[1] ?? '');
    expect(lessonIds.length).toBeGreaterThanOrEqual(2);
    await openPage(page, `${siteUrl}sv/lesson/${lessonIds[0]}/1/`);
    await page.getByRole('link', { name: 'Nästa' }).click();
    await page.waitForURL('**/lesson/*/2/');
    await goThroughLesson(page, `${siteUrl}sv/lesson/${lessonIds.at(-1)}/`);
    await page.waitForFunction(() => localStorage.getItem('natvana-progress')?.includes('"done"'));
    const made = await keptProgress(page);
    expect(Object.values(made).sort()).toEqual(['done', expect.stringMatching(/^step:.+/)]);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina framsteg' }).click();
    await page.getByRole('link', { name: 'Ta med dig dina framsteg' }).click();
    await waitForHeading(page, 'Ta med dig dina framsteg');
    const codeSection = page.getByRole('region', { name: 'Skriv upp en kod' });
    const code = (await codeSection.locator('.take-home-code').innerText()).replace(/^[^:]*:\s*/, '').trim();
    expect(code).toMatch(/^([2-9A-HJ-NP-Z]{4}\s+)+[2-9A-HJ-NP-Z]{4}$/);
    const link = await page.getByRole('region', { name: 'Använd en länk eller en QR-kod' }).getByRole('link').getAttribute('href');
    expect(link).toMatch(/\/sv\/progress\/take-home\/#code=[2-9A-HJ-NP-Z-]+$/);
    await page.getByRole('img', { name: 'QR-kod med länken till dina framsteg' }).waitFor();
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara filen' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^natvana-framsteg-\d{4}-\d{2}-\d{2}\.json$/);
    const filePath = await file.path();
    expect(JSON.parse(readFileSync(filePath, 'utf8')).format).toBe('natvana-progress-file');

    // The code, typed by hand in lower case.
    const byCode = await freshPage(browser);
    await openPage(byCode.page, `${siteUrl}sv/progress/take-home/`);
    await byCode.page.getByRole('textbox', { name: 'Skriv in din kod' }).fill(code.toLowerCase());
    await byCode.page.getByRole('button', { name: 'Visa vad koden har' }).click();
    await bringInFromPreview(byCode.page);
    expect(await keptProgress(byCode.page)).toEqual(made);

    // The link: the fragment carries the code, and the page shows the preview.
    const byLink = await freshPage(browser);
    await openPage(byLink.page, link ?? '');
    await bringInFromPreview(byLink.page);
    expect(await keptProgress(byLink.page)).toEqual(made);

    // The file.
    const byFile = await freshPage(browser);
    await openPage(byFile.page, `${siteUrl}sv/progress/take-home/`);
    await byFile.page.getByLabel('Eller öppna en fil med framsteg').setInputFiles(filePath);
    await bringInFromPreview(byFile.page);
    expect(await keptProgress(byFile.page)).toEqual(made);

    for (const opened of [home, byCode, byLink, byFile]) await opened.context.close();
  });

  it('refuses a mistyped code with the group named, and changes nothing', async () => {
    const { page } = await freshPage(session.browser);
    await openPage(page, `${session.siteUrl}sv/progress/take-home/`);
    const input = page.getByRole('textbox', { name: 'Skriv in din kod' });
    await input.fill('63B7 S2VT 595C RZ4C 6XVR V22T P4N9');
    await page.getByRole('button', { name: 'Visa vad koden har' }).click();
    await page.getByText(/Grupp 7 stämmer inte\. Kontrollera grupp 7\. Inget har ändrats\./).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('natvana-progress'))).toBeNull();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('shared computers', () => {
  it('?kiosk=1 switches kiosk mode on; the warning offers the code, then everything is erased and the start page opens', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.clock.install();
      await openPage(page, `${siteUrl}sv/?kiosk=1`);
      await page.locator('.module-title a').first().click();
      await page.waitForURL('**/module/*/');
      await page.locator('.lesson-item-title a').first().click();
      await page.waitForURL('**/lesson/*/1/');
      await page.getByRole('link', { name: 'Nästa' }).click();
      await page.waitForURL('**/lesson/*/2/');
      await page.evaluate((key) => localStorage.setItem(key, '{"textSize":"150"}'), settingsKey);
      await page.waitForFunction(() => localStorage.getItem('natvana-progress') !== null);

      await page.clock.runFor('10:05');
      const warning = page.getByRole('dialog', { name: 'Är du kvar?' });
      await warning.waitFor();
      await warning.getByText('Skriv upp din kod om du vill fortsätta hemma:').waitFor();
      await warning.locator('.take-home-code').filter({ hasText: /[2-9A-HJ-NP-Z]{4}/ }).waitFor();
      await expectNoAxeViolations(page);

      await page.clock.runFor('01:10');
      await page.waitForURL(siteUrl);
      await waitForHeading(page, 'Lär dig använda internet');
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('natvana')))).toEqual([]);
      // Kiosk mode stays on for the next learner.
      expect(await page.evaluate(() => sessionStorage.getItem('natvana-kiosk-trial'))).toBe('1');
    } finally {
      await context.close();
    }
  });

  it('Finish and erase my data erases everything after showing the code, and opens the start page', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openPage(page, `${siteUrl}sv/about/`);
      await page.evaluate((key) => {
        localStorage.setItem('natvana-progress', JSON.stringify({ version: 1, lessons: {} }));
        localStorage.setItem(key, '{"textSize":"150"}');
      }, settingsKey);
      await page.getByRole('button', { name: 'Avsluta och radera mina uppgifter' }).click();
      const dialog = page.getByRole('dialog', { name: 'Avsluta och radera?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Radera och avsluta' }).click();
      await page.waitForURL(siteUrl);
      await waitForHeading(page, 'Lär dig använda internet');
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('natvana')))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
