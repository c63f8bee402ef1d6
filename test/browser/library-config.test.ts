import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForApp } from './support/app-ready.ts';
import { launchChromium } from './support/chromium.ts';

// Built by `npm run test:browser` with docs/library-example/library.json.
const root = 'dist-test-library';
let server: Server;
let siteUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url: siteUrl } = await startStaticServer({ root }));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a library with its own name, logo, hours and colour', () => {
  it('shows them on every page, in the order of its modules, with no axe violations', async () => {
    await page.goto(siteUrl);
    await waitForApp(page);
    const header = page.getByRole('banner');
    await expect.poll(() => header.innerText()).toContain('Exempelstads bibliotek');
    const footer = page.getByRole('contentinfo');
    expect(await footer.getByRole('heading', { name: 'Behöver du hjälp?' }).count()).toBe(1);
    expect(await footer.innerText()).toContain('informationsdisken på plan 1');
    expect(await footer.innerText()).toContain('måndag–torsdag 10–19');
    const accent = await header.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(accent).toBe('rgb(107, 33, 88)');
    const modules = await page.locator('.module-title').allInnerTexts();
    expect(modules).toEqual(['Kom igång', 'E-post', 'E-legitimation', 'E-tjänster', 'Säker på nätet']);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'docs/screenshots/library-example.png' });

    await page.goto(`${siteUrl}en/about/`);
    await waitForApp(page);
    expect(await page.getByRole('banner').innerText()).toContain('Exempelstad Library');
    await expectNoAxeViolations(page);
  });

  it('warns a learner who has walked away, lets them stay, and later starts over clean', async () => {
    const kioskContext = await browser.newContext();
    const kioskPage = await kioskContext.newPage();
    await kioskPage.clock.install();
    await kioskPage.goto(`${siteUrl}sv/lesson/what-is-email/3/`);
    await waitForApp(kioskPage);
    await kioskPage.evaluate(() => localStorage.setItem('natvana-test', 'something a learner left'));

    await kioskPage.clock.runFor('10:05');
    const warning = kioskPage.getByRole('dialog', { name: 'Är du kvar?' });
    await warning.waitFor();
    await expectNoAxeViolations(kioskPage);
    await kioskPage.keyboard.press('Enter');
    await warning.waitFor({ state: 'hidden' });
    expect(kioskPage.url()).toMatch(/what-is-email\/3\/$/);

    await kioskPage.clock.runFor('11:10');
    await kioskPage.waitForURL(siteUrl);
    expect(await kioskPage.evaluate(() => localStorage.getItem('natvana-test'))).toBeNull();
    await kioskContext.close();
  });
});
