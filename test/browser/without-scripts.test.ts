import { describe, expect, inject, it } from 'vitest';
import { openBrowserPage } from './support/browser-page.ts';

const siteUrl = inject('siteUrl');
const session = openBrowserPage({ javaScriptEnabled: false });

describe('a learner whose browser blocks scripts', () => {
  it('can read every step of a lesson and move on with the Next link', async () => {
    await session.page.goto(`${siteUrl}sv/module/e-id/`);
    expect(await session.page.locator('h1').innerText()).toBe('E-legitimation');
    await session.page.getByRole('link', { name: /e-legitimation/i }).first().click();
    await session.page.waitForURL('**/sv/lesson/what-is-an-e-id/1/');
    const stepCount = Number(/av (\d+)/.exec(await session.page.locator('.step-count').innerText())?.[1]);
    for (let step = 1; step <= stepCount; step += 1) {
      expect(await session.page.locator('.step-count').innerText()).toBe(`Steg ${step} av ${stepCount}`);
      expect((await session.page.locator('h1').innerText()).length).toBeGreaterThan(0);
      const text = await session.page.locator('.step-text').innerText();
      expect(text.split(/\s+/).length).toBeGreaterThan(10);
      await session.page.getByRole('link', { name: step === stepCount ? 'Klar' : 'Nästa' }).click();
    }
    await session.page.waitForURL('**/sv/lesson/what-is-an-e-id/done/');
    expect(await session.page.locator('h1').innerText()).toBe('Bra gjort!');
  });

  it('gets the page title and language from the HTML itself', async () => {
    await session.page.goto(`${siteUrl}ar/about/`);
    expect(await session.page.title()).toBe('عن Nätvana – Nätvana');
    expect(await session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  });
});
