import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** One Chromium with one page for a test file: opened before its tests, closed after them. */
export function openBrowserPage(options: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext(options);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const opened = <Value>(value: Value | undefined): Value => {
    if (value === undefined) throw new Error('The browser is not open yet: use the session inside a test.');
    return value;
  };
  return {
    get browser() {
      return opened(browser);
    },
    get context() {
      return opened(context);
    },
    get page() {
      return opened(page);
    },
  };
}
