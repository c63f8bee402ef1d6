import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPage, stepCounter, waitForFirstStep, waitForFocusOnHeading, waitForHeading, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { focusedElement, tabTo } from './support/keyboard.ts';

const session = openBrowserPage({ context: { viewport: { width: 1280, height: 900 } } });

/** Answers every quiz on the step with the keyboard: Tab to the first option, Space to choose it, Tab to the button, Enter. */
async function answerQuizzesByKeyboard(): Promise<number> {
  const quizzes = await session.page.locator('form.quiz').count();
  for (let index = 0; index < quizzes; index += 1) {
    const quiz = session.page.locator('form.quiz').nth(index);
    const firstOption = ((await quiz.locator('.quiz-option').first().innerText()) ?? '').replace(/\s+/g, ' ').trim();
    await tabTo(session.page, firstOption, { tag: 'input' });
    await session.page.keyboard.press('Space');
    // The button's name is "Svara" and then its quiz's question, so each quiz's button has a name of its own.
    const question = ((await quiz.locator('legend').innerText()) ?? '').replace(/\s+/g, ' ').trim();
    await tabTo(session.page, `Svara ${question}`, { tag: 'button' });
    await session.page.keyboard.press('Enter');
    await quiz.locator('.quiz-outcome', { hasText: /Rätt!|Inte riktigt\.|Nästan/ }).waitFor();
    expect((await focusedElement(session.page)).text).toBe(`Svara ${question}`);
  }
  return quizzes;
}

describe('a learner with only a keyboard', () => {
  it('opens a module from the start page and finishes a whole lesson, with no axe violations on any page', async () => {
    const { page, siteUrl } = session;
    await openPage(page, siteUrl);
    await waitForHeading(page, 'Lär dig använda internet');
    await expectNoAxeViolations(page);

    await tabTo(page, 'E-post', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/module/email/');
    await waitForHeading(page, 'E-post');
    await waitForFocusOnHeading(page);
    await expectNoAxeViolations(page);

    await tabTo(page, 'Vad är e-post?', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/lesson/what-is-email/1/');

    const stepCount = await waitForFirstStep(page);
    expect(stepCount).toBeGreaterThanOrEqual(3);
    let quizzesAnswered = 0;
    for (let step = 1; step <= stepCount; step += 1) {
      await waitForStep(page, step, stepCount);
      await waitForFocusOnHeading(page);
      await page.waitForFunction((words) => document.title.includes(words), `Steg ${step} av ${stepCount}`);
      quizzesAnswered += await answerQuizzesByKeyboard();
      await expectNoAxeViolations(page);
      const last = step === stepCount;
      await tabTo(page, last ? 'Klar' : 'Nästa', { tag: 'a' });
      await page.keyboard.press('Enter');
      await page.waitForURL(last ? '**/sv/lesson/what-is-email/done/' : `**/sv/lesson/what-is-email/${step + 1}/`);
    }
    expect(quizzesAnswered).toBeGreaterThan(0);

    await waitForHeading(page, 'Bra gjort!');
    await waitForFocusOnHeading(page);
    expect(await stepCounter(page).count()).toBe(0);
    await expectNoAxeViolations(page);
    await tabTo(page, /Börja nästa lektion/, { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/lesson/**/1/');
    await waitForFirstStep(page);
    await waitForFocusOnHeading(page);
  });

  it('opens a word’s explanation with Enter, closes it with Escape, and follows it to the glossary', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/lesson/what-is-the-internet/3/`);
    await tabTo(page, /^Internet/, { tag: 'button' });
    const word = page.getByRole('button', { name: /^Internet/ });
    await page.keyboard.press('Enter');
    await expect.poll(() => word.getAttribute('aria-expanded')).toBe('true');
    expect((await focusedElement(page)).text).toMatch(/^Internet/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => word.getAttribute('aria-expanded')).toBe('false');
    expect((await focusedElement(page)).text).toMatch(/^Internet/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Se ordet i ordlistan', { tag: 'a', maxPresses: 2 });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/glossary/#word-internet');
    await page.waitForFunction(() => document.activeElement?.id === 'word-internet');
    await expectNoAxeViolations(page);
  });

  it('can skip the header with the skip link', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/about/`);
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });
});
