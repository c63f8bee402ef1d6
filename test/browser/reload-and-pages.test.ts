import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForApp } from './support/app-ready.ts';
import { launchChromium } from './support/chromium.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('addresses', () => {
  it('lands on the same step after a reload in the middle of a lesson', async () => {
    await page.goto(`${siteUrl}sv/lesson/what-is-email/1/`);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Nästa' }).click();
    await page.getByRole('link', { name: 'Nästa' }).click();
    await page.waitForURL('**/what-is-email/3/');
    const heading = await page.locator('h1').innerText();
    await page.reload();
    await waitForApp(page);
    expect(page.url()).toMatch(/what-is-email\/3\/$/);
    expect(await page.locator('h1').innerText()).toBe(heading);
    expect(await page.locator('.step-count').innerText()).toMatch(/^Steg 3 av \d+$/);
    // After hydration the step still works: Next goes on to step 4.
    await page.getByRole('link', { name: 'Nästa' }).click();
    await page.waitForURL('**/what-is-email/4/');
  });

  it('opens a deep link to a step directly', async () => {
    await page.goto(`${siteUrl}en/lesson/read-a-web-address/2/`);
    await waitForApp(page);
    expect(await page.locator('.step-count').innerText()).toMatch(/^Step 2 of \d+$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);
  });

  for (const [language, notFoundHeading, dir] of [
    ['sv', 'Sidan finns inte', 'ltr'],
    ['en', 'This page does not exist', 'ltr'],
    ['ar', 'هذه الصفحة غير موجودة', 'rtl'],
  ] as const) {
    it(`shows the start, about and not-found pages in ${language} with no axe violations`, async () => {
      for (const path of [`${language}/`, `${language}/about/`, `${language}/module/e-id/`]) {
        await page.goto(`${siteUrl}${path}`);
        await waitForApp(page);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, dir]);
        await expectNoAxeViolations(page);
      }
      const response = await page.goto(`${siteUrl}${language}/no-such-page/`);
      await waitForApp(page);
      expect(response?.status()).toBe(404);
      await page.waitForFunction((heading) => document.querySelector('h1')?.textContent === heading, notFoundHeading);
      await expectNoAxeViolations(page);
      await page.locator('main a').first().click();
      await page.waitForURL(`**/${language}/`);
    });
  }
});
