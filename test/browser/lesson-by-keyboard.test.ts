import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForApp } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { focusedElement, tabTo } from './support/keyboard.ts';

const siteUrl = inject('siteUrl');
const session = openBrowserPage({ viewport: { width: 1280, height: 900 } });

async function h1Text(): Promise<string> {
  return (await session.page.locator('h1').innerText()).trim();
}

async function expectFocusOnH1(): Promise<void> {
  await session.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

/** Answers every quiz on the step with the keyboard: Tab to the first option, Space to choose it, Tab to the button, Enter. */
async function answerQuizzesByKeyboard(): Promise<number> {
  const quizzes = await session.page.locator('form.quiz').count();
  for (let index = 0; index < quizzes; index += 1) {
    const quiz = session.page.locator('form.quiz').nth(index);
    const firstOption = ((await quiz.locator('.quiz-option').first().innerText()) ?? '').replace(/\s+/g, ' ').trim();
    await tabTo(session.page, firstOption, { tag: 'input' });
    await session.page.keyboard.press('Space');
    await tabTo(session.page, 'Svara', { tag: 'button' });
    await session.page.keyboard.press('Enter');
    await expect.poll(() => quiz.locator('.quiz-outcome').innerText()).toMatch(/Rätt!|Inte riktigt\.|Nästan/);
    expect((await focusedElement(session.page)).text).toBe('Svara');
  }
  return quizzes;
}

describe('a learner with only a keyboard', () => {
  it('opens a module from the start page and finishes a whole lesson, with no axe violations on any page', async () => {
    await session.page.goto(siteUrl);
    await waitForApp(session.page);
    expect(await h1Text()).toBe('Lär dig använda internet');
    await expectNoAxeViolations(session.page);
    mkdirSync('docs/screenshots', { recursive: true });
    await session.page.screenshot({ path: 'docs/screenshots/start-page.png' });

    await tabTo(session.page, 'E-post', { tag: 'a' });
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/sv/module/email/');
    await expectFocusOnH1();
    expect(await h1Text()).toBe('E-post');
    await expectNoAxeViolations(session.page);

    await tabTo(session.page, 'Vad är e-post?', { tag: 'a' });
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/sv/lesson/what-is-email/1/');

    const stepCount = Number(/av (\d+)/.exec(await session.page.locator('.step-count').innerText())?.[1]);
    expect(stepCount).toBeGreaterThanOrEqual(5);
    let quizzesAnswered = 0;
    for (let step = 1; step <= stepCount; step += 1) {
      await expectFocusOnH1();
      expect(await session.page.locator('.step-count').innerText()).toBe(`Steg ${step} av ${stepCount}`);
      expect(await session.page.title()).toContain(`Steg ${step} av ${stepCount}`);
      quizzesAnswered += await answerQuizzesByKeyboard();
      await expectNoAxeViolations(session.page);
      if (step === 2) await session.page.screenshot({ path: 'docs/screenshots/lesson-step.png' });
      const last = step === stepCount;
      await tabTo(session.page, last ? 'Klar' : 'Nästa', { tag: 'a' });
      await session.page.keyboard.press('Enter');
      await session.page.waitForURL(last ? '**/sv/lesson/what-is-email/done/' : `**/sv/lesson/what-is-email/${step + 1}/`);
    }
    expect(quizzesAnswered).toBeGreaterThan(0);

    await expectFocusOnH1();
    expect(await h1Text()).toBe('Bra gjort!');
    await expectNoAxeViolations(session.page);
    await tabTo(session.page, /Börja nästa lektion/, { tag: 'a' });
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/sv/lesson/**/1/');
    await expectFocusOnH1();
  });

  it('can skip the header with the skip link', async () => {
    await session.page.goto(`${siteUrl}sv/about/`);
    await waitForApp(session.page);
    await session.page.keyboard.press('Tab');
    expect((await focusedElement(session.page)).text).toBe('Hoppa till innehållet');
    await session.page.keyboard.press('Enter');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
