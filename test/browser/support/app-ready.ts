import type { Page } from 'playwright-core';

/**
 * Waits until the prerendered page has come alive. The app starts after the
 * first paint, so a test that clicks at once would use the page as plain
 * HTML (which works too, but is not what it means to test).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready');
}
