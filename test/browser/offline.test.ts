import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForApp } from './support/app-ready.ts';
import { launchPersistentChromium } from './support/chromium.ts';

const siteUrl = inject('siteUrl');
const outDir = process.env.NATVANA_OUT_DIR ?? 'dist';
let profile: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'natvana-offline-'));
  context = await launchPersistentChromium(profile);
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function waitForServiceWorkerControl(): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit installs the worker; from the next page load on it answers every request.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('after one visit', () => {
  it('works with the network off: other pages, other lessons and other languages', async () => {
    await page.goto(siteUrl);
    await waitForApp(page);
    await waitForServiceWorkerControl();
    await context.setOffline(true);
    try {
      await page.goto(`${siteUrl}sv/lesson/what-is-an-e-service/3/`);
      await waitForApp(page);
      expect(await page.locator('.step-count').innerText()).toMatch(/^Steg 3 av \d+$/);
      await page.getByRole('link', { name: 'Nästa' }).click();
      await page.waitForURL('**/what-is-an-e-service/4/');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

      await page.goto(`${siteUrl}en/module/safe-browsing/`);
      await waitForApp(page);
      await page.getByRole('link', { name: /web address/i }).first().click();
      await page.waitForURL('**/en/lesson/read-a-web-address/1/');
      expect(await page.locator('.step-count').innerText()).toMatch(/^Step 1 of \d+$/);

      await page.goto(`${siteUrl}ar/`);
      await waitForApp(page);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    } finally {
      await context.setOffline(false);
    }
  });

  it('offers a new version politely, and changes only when the learner says so', async () => {
    await page.goto(`${siteUrl}sv/lesson/what-is-email/2/`);
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const workerFile = join(outDir, 'sw.js');
    const original = readFileSync(workerFile, 'utf8');
    try {
      appendFileSync(workerFile, `\n// A new version, ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByRole('region', { name: /En ny version av Nätvana finns/ });
      await prompt.waitFor();
      // Still on the same step: nothing changed under the learner.
      expect(page.url()).toMatch(/what-is-email\/2\/$/);
      const navigation = page.waitForEvent('framenavigated');
      await prompt.getByRole('button', { name: 'Uppdatera' }).click();
      await navigation;
      await page.waitForFunction(() => document.querySelector('h1') !== null);
      expect(page.url()).toMatch(/what-is-email\/2\/$/);
      expect(await page.getByRole('region', { name: /En ny version/ }).count()).toBe(0);
    } finally {
      writeFileSync(workerFile, original);
    }
  });
});
