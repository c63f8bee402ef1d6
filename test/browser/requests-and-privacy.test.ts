import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, waitForFirstStep, waitForHeading, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const requests: string[] = [];
const policyViolations: string[] = [];

const session = openBrowserPage({
  prepare: async (context) => {
    context.on('request', (request) => requests.push(request.url()));
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    // Init scripts run through the DevTools protocol, outside the page's own policy.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  },
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
    const { page, context, siteUrl } = session;
    const origin = new URL(siteUrl).origin;
    await openPage(page, siteUrl);
    await page.getByRole('link', { name: 'Säker på nätet' }).click();
    await page.waitForURL('**/sv/module/safe-browsing/');
    await waitForHeading(page, 'Säker på nätet');
    await page.getByRole('link', { name: /webbadress/i }).first().click();
    await page.waitForURL('**/lesson/read-a-web-address/1/');
    const total = await waitForFirstStep(page);
    for (let step = 1; step <= total; step += 1) {
      await waitForStep(page, step, total);
      const quiz = page.locator('form.quiz').first();
      if (await quiz.count()) {
        await quiz.locator('input').first().check();
        await quiz.getByRole('button', { name: /^Svara / }).click();
        await quiz.locator('.quiz-outcome', { hasText: /\S/ }).waitFor();
      }
      if (step < total) {
        await page.getByRole('link', { name: 'Nästa', exact: true }).click();
        await page.waitForURL(`**/lesson/read-a-web-address/${step + 1}/`);
      } else {
        await page.getByRole('link', { name: 'Klar', exact: true }).click();
      }
    }
    await page.waitForURL('**/sv/lesson/read-a-web-address/done/');
    await waitForHeading(page, 'Bra gjort!');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/lesson/read-a-web-address/done/');
    // The English lesson is a lesson of its own, not gone through in this browser: its done page says so.
    await waitForHeading(page, 'The lesson is not done yet');
    await page.getByText('You have gone through the lesson in Swedish. Each language counts on its own.').waitFor();
    await page.getByRole('link', { name: 'About Nätvana' }).first().click();
    await page.waitForURL('**/en/about/');
    await waitForHeading(page, 'About Nätvana');
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(policyViolations).toEqual([]);
  });

  it('puts the strict policy in every prerendered page', () => {
    const pages = htmlFiles(session.siteDir);
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
