import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForApp } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const siteUrl = inject('siteUrl');
const session = openBrowserPage();

describe('addresses', () => {
  it('lands on the same step after a reload in the middle of a lesson', async () => {
    await session.page.goto(`${siteUrl}sv/lesson/what-is-email/1/`);
    await waitForApp(session.page);
    await session.page.getByRole('link', { name: 'Nästa' }).click();
    await session.page.getByRole('link', { name: 'Nästa' }).click();
    await session.page.waitForURL('**/what-is-email/3/');
    const heading = await session.page.locator('h1').innerText();
    await session.page.reload();
    await waitForApp(session.page);
    expect(session.page.url()).toMatch(/what-is-email\/3\/$/);
    expect(await session.page.locator('h1').innerText()).toBe(heading);
    expect(await session.page.locator('.step-count').innerText()).toMatch(/^Steg 3 av \d+$/);
    // After hydration the step still works: Next goes on to step 4.
    await session.page.getByRole('link', { name: 'Nästa' }).click();
    await session.page.waitForURL('**/what-is-email/4/');
  });

  it('opens a deep link to a step directly', async () => {
    await session.page.goto(`${siteUrl}en/lesson/read-a-web-address/2/`);
    await waitForApp(session.page);
    expect(await session.page.locator('.step-count').innerText()).toMatch(/^Step 2 of \d+$/);
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(session.page);
  });

  for (const [language, notFoundHeading, dir] of [
    ['sv', 'Sidan finns inte', 'ltr'],
    ['en', 'This page does not exist', 'ltr'],
    ['ar', 'هذه الصفحة غير موجودة', 'rtl'],
  ] as const) {
    it(`shows the start, about and not-found pages in ${language} with no axe violations`, async () => {
      for (const path of [`${language}/`, `${language}/about/`, `${language}/module/e-id/`]) {
        await session.page.goto(`${siteUrl}${path}`);
        await waitForApp(session.page);
        expect(await session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, dir]);
        await expectNoAxeViolations(session.page);
      }
      const response = await session.page.goto(`${siteUrl}${language}/no-such-page/`);
      await waitForApp(session.page);
      expect(response?.status()).toBe(404);
      await session.page.waitForFunction((heading) => document.querySelector('h1')?.textContent === heading, notFoundHeading);
      await expectNoAxeViolations(session.page);
      await session.page.locator('main a').first().click();
      await session.page.waitForURL(`**/${language}/`);
    });
  }
});
