/**
 * The instructor's, the certificate's and the practice e-ID's styles come with
 * their code, not in every learner's first stylesheet, and never late: on a
 * slow line, the moment their part appears on the page its stylesheet has
 * already arrived, whether the page was loaded (its HTML links the styles) or
 * its part was downloaded afterwards (the styles arrive before the code runs).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

/** Each part: an element only it draws, whose own rule (the same selector) only the part's styles hold. */
const parts = {
  practice: { selector: '.eid' },
  notes: { selector: '.step-notes' },
  instructor: { selector: '.instructor-switch' },
} as const;

/**
 * Watches the page from its first byte: the first time a part's element is in
 * the document, notes whether a loaded stylesheet holds its rule.
 * It runs in the same task as the change, so before that change can paint.
 */
async function watchParts(context: BrowserContext): Promise<void> {
  await context.addInitScript((watched) => {
    const styledWhenShown: Record<string, boolean> = {};
    Object.assign(window, { styledWhenShown });
    const check = () => {
      for (const [part, { selector }] of Object.entries(watched)) {
        if (part in styledWhenShown || !document.querySelector(selector)) continue;
        styledWhenShown[part] = [...document.styleSheets].some((sheet) => {
          try {
            return [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText === selector);
          } catch {
            return false;
          }
        });
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, parts);
}

const styledWhenShown = (page: Page) => page.evaluate(() => (window as unknown as { styledWhenShown: Record<string, boolean> }).styledWhenShown);

async function slowLine(cdp: CDPSession, latency: number): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: latency ? 200_000 : -1, uploadThroughput: latency ? 90_000 : -1 });
}

const session = openBrowserPage({ prepare: watchParts });

describe('styles that come with their code', () => {
  it('are not in the first stylesheet, which every learner downloads', async () => {
    const { page, siteUrl } = session;
    const html = await (await page.request.get(`${siteUrl}sv/`)).text();
    const firstStylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1] ?? '';
    const css = await (await page.request.get(new URL(firstStylesheet, siteUrl).href)).text();
    expect(css).toContain('.site-header');
    for (const selector of ['.eid{', '.step-notes{', '.instructor-switch{', '.certificate{', '.eid ', '.step-notes ', '.certificate ']) {
      expect(css, selector).not.toContain(selector);
    }
  });

  it('are there when their part first appears, on a slow line, loaded with the page or downloaded after it', async () => {
    const { page, context, siteUrl } = session;
    const cdp = await context.newCDPSession(page);
    try {
      await slowLine(cdp, 300);
      // Linked in the HTML: the instructor's page and a certificate, as a first visit.
      await openPage(page, `${siteUrl}sv/instructor/`);
      expect(await styledWhenShown(page)).toMatchObject({ instructor: true });
      // A certificate's styles show only once every lesson is done; its page links them in the HTML, before the
      // head script, so they have arrived by the time the parser reaches the body.
      await page.goto(`${siteUrl}sv/certificate/email/`, { waitUntil: 'domcontentloaded' });
      expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('head link[href*="/assets/other-pages-"]')?.sheet !== null)).toBe(true);
      await waitForApp(page);

      // Downloaded after the page: a lesson step's practice, and in instructor view a step's notes.
      await openPage(page, `${siteUrl}sv/lesson/log-in-with-e-id/5/`);
      await page.locator(parts.practice.selector).waitFor();
      expect(await styledWhenShown(page)).toMatchObject({ practice: true });

      await slowLine(cdp, 0);
      await openPage(page, `${siteUrl}sv/instructor/`);
      await page.getByRole('switch', { name: 'Visa anteckningar för kursledare' }).check();
      await slowLine(cdp, 300);
      await page.goto(`${siteUrl}sv/lesson/what-is-email/2/`);
      await waitForApp(page);
      await page.locator(parts.notes.selector).waitFor();
      expect(await styledWhenShown(page)).toMatchObject({ notes: true });
      await slowLine(cdp, 0);
      await openPage(page, `${siteUrl}sv/instructor/`);
      await page.getByRole('switch', { name: 'Visa anteckningar för kursledare' }).uncheck();
    } finally {
      await slowLine(cdp, 0);
      await cdp.detach();
    }
  });
});
