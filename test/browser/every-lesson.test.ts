/**
 * Every lesson the app shows, in Swedish and English, from its first step to
 * its done page with the Next button, as a learner goes through it: each step
 * shows its own heading. In Swedish, axe also finds no violation (WCAG 2.0–2.2
 * A and AA) on any step in a wide window: the English steps are the same
 * parts with other words, and every-page-state runs axe on every page in both
 * languages at 320 px, in every theme and text size. One theme and 100 %
 * text here, so it stays fast. The lessons are read from lessons/ with the
 * pipeline, so a new lesson is in this test the day it is written.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lesson-pipeline/site.ts';
import { openPage, waitForFirstStep, waitForHeading, waitForStep } from './support/app-ready.ts';
import { axeViolations } from './support/axe.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage({ context: { viewport: { width: 1280, height: 900 } } });

// The sub-path build is built with public/library.json: the same lessons, in the same modules.
const { curriculum } = loadSite('lessons', 'public/library.json');
const words = {
  sv: { next: 'Nästa', finish: 'Klar', done: 'Bra gjort!' },
  en: { next: 'Next', finish: 'Finish', done: 'Well done!' },
} as const;

describe.each(['sv', 'en'] as const)('every lesson in %s, step by step with the Next button', (language) => {
  const lessons = curriculum.lessons.filter((lesson) => lesson.lang === language);

  it('has lessons to go through', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  const withAxe = language === 'sv';
  const checked = withAxe ? 'every step has its heading and no axe violations' : 'every step has its heading';
  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))(`%s: ${checked}`, async (id, lesson) => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}${language}/lesson/${id}/1/`);
    const total = await waitForFirstStep(page, language);
    expect(total).toBe(lesson.steps.length);
    const problems: string[] = [];
    for (const [index, step] of lesson.steps.entries()) {
      const number = index + 1;
      await waitForStep(page, number, total, language);
      await waitForHeading(page, step.title);
      if (withAxe) for (const violation of await axeViolations(page)) problems.push(`step ${number} (${step.id}): ${violation}`);
      const last = number === total;
      await page.getByRole('link', { name: last ? words[language].finish : words[language].next, exact: true }).click();
      await page.waitForURL(last ? `**/${language}/lesson/${id}/done/` : `**/${language}/lesson/${id}/${number + 1}/`);
    }
    await waitForHeading(page, words[language].done);
    if (withAxe) for (const violation of await axeViolations(page)) problems.push(`done page: ${violation}`);
    expect(problems).toEqual([]);
  });
});
