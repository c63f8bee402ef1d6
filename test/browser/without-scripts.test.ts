import { describe, expect, it } from 'vitest';
import { waitForFirstStep, waitForHeading, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

// With scripts off the app never starts, so there is no ready marker to wait for: each page is its HTML, loaded in full.
const session = openBrowserPage({ context: { javaScriptEnabled: false } });

describe('a learner whose browser blocks scripts', () => {
  it('can read every step of a lesson and move on with the Next link', async () => {
    const { page, siteUrl } = session;
    await page.goto(`${siteUrl}sv/module/e-id/`);
    await waitForHeading(page, 'E-legitimation');
    await page.getByRole('link', { name: /e-legitimation/i }).first().click();
    await page.waitForURL('**/sv/lesson/what-is-an-e-id/1/');
    const stepCount = await waitForFirstStep(page);
    for (let step = 1; step <= stepCount; step += 1) {
      await waitForStep(page, step, stepCount);
      expect((await page.locator('h1').innerText()).length).toBeGreaterThan(0);
      const text = await page.locator('.step-text').innerText();
      expect(text.split(/\s+/).length).toBeGreaterThan(10);
      const last = step === stepCount;
      await page.getByRole('link', { name: last ? 'Klar' : 'Nästa', exact: true }).click();
      await page.waitForURL(last ? '**/sv/lesson/what-is-an-e-id/done/' : `**/sv/lesson/what-is-an-e-id/${step + 1}/`);
    }
    await waitForHeading(page, 'Bra gjort!');
  });

  it('gets the page title and language from the HTML itself', async () => {
    const { page, siteUrl } = session;
    await page.goto(`${siteUrl}ar/about/`);
    expect(await page.title()).toBe('عن Nätvana – Nätvana');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  });
});
