import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPage, waitForApp, waitForFirstStep, waitForHeading, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

describe('addresses', () => {
  it('lands on the same step after a reload in the middle of a lesson', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/lesson/what-is-email/1/`);
    const total = await waitForFirstStep(page);
    expect(total).toBeGreaterThanOrEqual(4);
    await page.getByRole('link', { name: 'Nästa', exact: true }).click();
    await page.waitForURL('**/what-is-email/2/');
    await waitForStep(page, 2, total);
    await page.getByRole('link', { name: 'Nästa', exact: true }).click();
    await page.waitForURL('**/what-is-email/3/');
    await waitForStep(page, 3, total);
    const heading = await page.locator('h1').innerText();
    await page.reload();
    await waitForApp(page);
    expect(page.url()).toMatch(/what-is-email\/3\/$/);
    await waitForStep(page, 3, total);
    await waitForHeading(page, heading);
    // After hydration the step still works: Next goes on to step 4.
    await page.getByRole('link', { name: 'Nästa', exact: true }).click();
    await page.waitForURL('**/what-is-email/4/');
    await waitForStep(page, 4, total);
  });

  it('opens a deep link to a step directly', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}en/lesson/read-a-web-address/2/`);
    await page.locator('.step-count', { hasText: /^Step 2 of \d+$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);
  });

  it('shows the glossary in its frame at an address whose word is malformed (#word-%), with no error', async () => {
    const { page, siteUrl } = session;
    const errors: string[] = [];
    const collect = (error: Error) => errors.push(error.message);
    page.on('pageerror', collect);
    try {
      await openPage(page, `${siteUrl}sv/glossary/#word-%`);
      await waitForHeading(page, 'Ordlista');
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      page.off('pageerror', collect);
    }
  });

  for (const [language, notFoundHeading, dir] of [
    ['sv', 'Sidan finns inte', 'ltr'],
    ['en', 'This page does not exist', 'ltr'],
    ['ar', 'هذه الصفحة غير موجودة', 'rtl'],
  ] as const) {
    it(`shows the start, about, glossary, accessibility, privacy and not-found pages in ${language} with no axe violations`, async () => {
      const { page, siteUrl } = session;
      for (const path of ['', 'about/', 'module/e-id/', 'glossary/', 'accessibility/', 'privacy/'].map((rest) => `${language}/${rest}`)) {
        await openPage(page, `${siteUrl}${path}`);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, dir]);
        await expectNoAxeViolations(page);
      }
      const response = await openPage(page, `${siteUrl}${language}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await waitForHeading(page, notFoundHeading);
      await expectNoAxeViolations(page);
      await page.locator('main a').first().click();
      await page.waitForURL(`**/${language}/`);
    });
  }
});
