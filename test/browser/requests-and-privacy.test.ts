import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForApp } from './support/app-ready.ts';
import { launchChromium } from './support/chromium.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const policyViolations: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  // Init scripts run through the DevTools protocol, outside the page's own policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('privacy and the Content-Security-Policy', () => {
  it('makes no request to any other origin, sets no cookie and breaks no policy, all through a lesson', async () => {
    await page.goto(siteUrl);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Säker på nätet' }).click();
    await page.getByRole('link', { name: /webbadress/i }).first().click();
    await page.waitForURL('**/lesson/read-a-web-address/1/');
    for (let step = 0; step < 20; step += 1) {
      const quiz = page.locator('form.quiz').first();
      if (await quiz.count()) {
        await quiz.locator('input').first().check();
        await quiz.getByRole('button', { name: 'Svara' }).click();
      }
      const finish = page.getByRole('link', { name: 'Klar' });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await page.getByRole('link', { name: 'Nästa' }).click();
    }
    await page.waitForURL('**/done/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/lesson/read-a-web-address/done/');
    await page.getByRole('link', { name: 'About Nätvana' }).first().click();
    await page.waitForURL('**/en/about/');
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(policyViolations).toEqual([]);
  });

  it('puts the strict policy in every prerendered page', () => {
    const root = process.env.NATVANA_OUT_DIR ?? 'dist';
    const pages = htmlFiles(root);
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8').replaceAll('&#39;', "'");
      expect(html, file).toContain(`http-equiv="Content-Security-Policy"`);
      expect(html, file).toMatch(/script-src 'self';/);
      expect(html, file).not.toMatch(/unsafe-inline|unsafe-eval/);
      // No inline script at all: every script has a src.
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], file).toEqual([]);
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });
});
