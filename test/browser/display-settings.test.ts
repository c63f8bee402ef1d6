import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

/** What the page shows at this moment, from computed styles only: no script of the page's own is asked. */
function looks(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const header = document.querySelector('.site-header');
    return {
      theme: root.getAttribute('data-theme'),
      textSize: root.getAttribute('data-text-size'),
      rootFontSize: getComputedStyle(root).fontSize,
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      header: header ? getComputedStyle(header).backgroundColor : null,
    };
  });
}

const standard = { background: 'rgb(255, 255, 255)', text: 'rgb(27, 27, 27)' };
const dark = { background: 'rgb(18, 20, 22)', text: 'rgb(242, 242, 242)' };
const highContrast = { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', header: 'rgb(0, 0, 0)' };

async function chooseInPanel(page: Page, choices: string[]) {
  await page.getByRole('banner').getByRole('button', { name: 'Text och färg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Text och färg' });
  await dialog.waitFor();
  for (const choice of choices) await dialog.getByRole('radio', { name: choice, exact: true }).check();
  return dialog;
}

describe('display settings in a real browser', () => {
  it('put the head script last in <head>, after the stylesheet it waits for, as a plain blocking file of the site’s own', async () => {
    const { page, siteUrl } = session;
    const response = await page.request.get(`${siteUrl}sv/`);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const script = /<script src="([^"]+\/assets\/head-script-[\w-]+\.js)"><\/script>/.exec(head);
    expect(script, 'a <script src> with no async, defer or type').not.toBeNull();
    // After the stylesheet, so both are asked for at once (first-round-trip.test.ts); it still runs before the first paint.
    expect(head.indexOf(script?.[0] ?? '')).toBeGreaterThan(head.indexOf('rel="stylesheet"'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf(script?.[0] ?? ''));
    expect(head).not.toMatch(/<script>|<style/);
    const file = await page.request.get(new URL(script?.[1] ?? '', siteUrl).href);
    expect(file.status()).toBe(200);
    expect((await file.body()).length).toBeLessThan(512);
    // Precached with everything else, so an offline page gets its settings before the first paint too.
    const worker = await (await page.request.get(`${siteUrl}sw.js`)).text();
    expect(worker).toContain(script?.[1]?.replace(/^.*\/assets\//, 'assets/'));
  });

  it('keep dark and 200 % across a reload and on another page, there before the first paint', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/module/e-id/`);
    expect(await looks(page)).toMatchObject({ theme: null, rootFontSize: '20px', ...standard });
    const dialog = await chooseInPanel(page, ['200 %', 'Mörk (ljus text på mörk botten)']);
    expect(await looks(page)).toMatchObject({ theme: 'dark', textSize: '200', rootFontSize: '40px', ...dark });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // At DOMContentLoaded the app has not started (it starts after the first paint): whatever is on <html>
    // then came from the head script, and the body's computed colours are those of the first paint.
    for (const address of [`${siteUrl}sv/module/e-id/`, `${siteUrl}sv/about/`, `${siteUrl}en/`]) {
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      expect(await looks(page), address).toMatchObject({ theme: 'dark', textSize: '200', rootFontSize: '40px', ...dark });
      await waitForApp(page);
    }
    await expectNoAxeViolations(page);

    await page.goto(`${siteUrl}sv/`);
    await waitForApp(page);
    const reset = await chooseInPanel(page, []);
    await reset.getByRole('button', { name: 'Återställ allt' }).click();
    expect(await looks(page)).toMatchObject({ theme: null, textSize: null, rootFontSize: '20px', ...standard });
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await looks(page)).toMatchObject({ theme: null, textSize: null, ...standard });
  });

  it('give high contrast with no axe violations, chosen in the panel', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/lesson/what-is-email/1/`);
    const dialog = await chooseInPanel(page, ['Hög kontrast (svart på vitt)']);
    expect(await looks(page)).toMatchObject({ theme: 'high-contrast', ...highContrast });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Återställ allt' }).click();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
  });

  it('follow the system: dark, more contrast, and back', async () => {
    const { page, siteUrl } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, `${siteUrl}sv/`);
    expect(await looks(page)).toMatchObject({ theme: null, ...dark });
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    expect(await looks(page)).toMatchObject({ theme: null, ...highContrast });
    await expectNoAxeViolations(page);

    // A theme chosen on this computer wins over the system's.
    const dialog = await chooseInPanel(page, ['Vanliga färger']);
    expect(await looks(page)).toMatchObject({ theme: 'standard', ...standard });
    await dialog.getByRole('button', { name: 'Återställ allt' }).click();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
    expect(await looks(page)).toMatchObject({ theme: null, ...standard });
  });

  it('stop movement when the system asks for it', async () => {
    const { page, siteUrl } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(page, `${siteUrl}sv/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('keep every control, edge and focus ring visible in forced colours', async () => {
    const { page, siteUrl } = session;
    await page.emulateMedia({ forcedColors: 'active' });
    await openPage(page, `${siteUrl}sv/`);
    const edges = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      return {
        header: style('.site-header').borderBottomWidth,
        headerButton: style('.site-header .settings-button').borderTopWidth,
        startButton: style('.settings-invite .settings-button').borderTopWidth,
      };
    });
    expect(edges).toEqual({ header: '3px', headerButton: '2px', startButton: '3px' });
    const button = page.getByRole('button', { name: 'Ändra text och färg' });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await button.evaluate((element) => [getComputedStyle(element).outlineStyle, getComputedStyle(element).outlineWidth]);
    expect(ring).toEqual(['solid', '3px']);
    const dialog = page.getByRole('dialog', { name: 'Text och färg' });
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const groupEdge = await dialog.locator('fieldset').first().evaluate((element) => getComputedStyle(element).borderTopWidth);
    expect(groupEdge).toBe('2px');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'none' });
  });
});
