import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForApp } from './support/app-ready.ts';
import { launchChromium } from './support/chromium.ts';
import { focusedElement, tabTo } from './support/keyboard.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function h1Text(): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

async function expectFocusOnH1(): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

/** Answers every quiz on the step with the keyboard: Tab to the first option, Space to choose it, Tab to the button, Enter. */
async function answerQuizzesByKeyboard(): Promise<number> {
  const quizzes = await page.locator('form.quiz').count();
  for (let index = 0; index < quizzes; index += 1) {
    const quiz = page.locator('form.quiz').nth(index);
    const firstOption = ((await quiz.locator('.quiz-option').first().innerText()) ?? '').replace(/\s+/g, ' ').trim();
    await tabTo(page, firstOption, { tag: 'input' });
    await page.keyboard.press('Space');
    await tabTo(page, 'Svara', { tag: 'button' });
    await page.keyboard.press('Enter');
    await expect.poll(() => quiz.locator('.quiz-outcome').innerText()).toMatch(/Rätt!|Inte riktigt\.|Nästan/);
    expect((await focusedElement(page)).text).toBe('Svara');
  }
  return quizzes;
}

describe('a learner with only a keyboard', () => {
  it('opens a module from the start page and finishes a whole lesson, with no axe violations on any page', async () => {
    await page.goto(siteUrl);
    await waitForApp(page);
    expect(await h1Text()).toBe('Lär dig använda internet');
    await expectNoAxeViolations(page);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/start-page.png' });

    await tabTo(page, 'E-post', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/module/email/');
    await expectFocusOnH1();
    expect(await h1Text()).toBe('E-post');
    await expectNoAxeViolations(page);

    await tabTo(page, 'Vad är e-post?', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/lesson/what-is-email/1/');

    const stepCount = Number(/av (\d+)/.exec(await page.locator('.step-count').innerText())?.[1]);
    expect(stepCount).toBeGreaterThanOrEqual(5);
    let quizzesAnswered = 0;
    for (let step = 1; step <= stepCount; step += 1) {
      await expectFocusOnH1();
      expect(await page.locator('.step-count').innerText()).toBe(`Steg ${step} av ${stepCount}`);
      expect(await page.title()).toContain(`Steg ${step} av ${stepCount}`);
      quizzesAnswered += await answerQuizzesByKeyboard();
      await expectNoAxeViolations(page);
      if (step === 2) await page.screenshot({ path: 'docs/screenshots/lesson-step.png' });
      const last = step === stepCount;
      await tabTo(page, last ? 'Klar' : 'Nästa', { tag: 'a' });
      await page.keyboard.press('Enter');
      await page.waitForURL(last ? '**/sv/lesson/what-is-email/done/' : `**/sv/lesson/what-is-email/${step + 1}/`);
    }
    expect(quizzesAnswered).toBeGreaterThan(0);

    await expectFocusOnH1();
    expect(await h1Text()).toBe('Bra gjort!');
    await expectNoAxeViolations(page);
    await tabTo(page, /Börja nästa lektion/, { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/lesson/**/1/');
    await expectFocusOnH1();
  });

  it('can skip the header with the skip link', async () => {
    await page.goto(`${siteUrl}sv/about/`);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
