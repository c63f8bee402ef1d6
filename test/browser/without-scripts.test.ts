import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('a learner whose browser blocks scripts', () => {
  it('can read every step of a lesson and move on with the Next link', async () => {
    await page.goto(`${siteUrl}sv/module/e-id/`);
    expect(await page.locator('h1').innerText()).toBe('E-legitimation');
    await page.getByRole('link', { name: /e-legitimation/i }).first().click();
    await page.waitForURL('**/sv/lesson/what-is-an-e-id/1/');
    const stepCount = Number(/av (\d+)/.exec(await page.locator('.step-count').innerText())?.[1]);
    for (let step = 1; step <= stepCount; step += 1) {
      expect(await page.locator('.step-count').innerText()).toBe(`Steg ${step} av ${stepCount}`);
      expect((await page.locator('h1').innerText()).length).toBeGreaterThan(0);
      const text = await page.locator('.step-text').innerText();
      expect(text.split(/\s+/).length).toBeGreaterThan(10);
      await page.getByRole('link', { name: step === stepCount ? 'Klar' : 'Nästa' }).click();
    }
    await page.waitForURL('**/sv/lesson/what-is-an-e-id/done/');
    expect(await page.locator('h1').innerText()).toBe('Bra gjort!');
  });

  it('gets the page title and language from the HTML itself', async () => {
    await page.goto(`${siteUrl}ar/about/`);
    expect(await page.title()).toBe('عن Nätvana – Nätvana');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  });
});
