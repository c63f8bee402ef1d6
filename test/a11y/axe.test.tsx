// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src/i18n/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderApp } from '../helpers/render-app.tsx';

/** The kinds of page, each with what makes it differ from the others, in the fixture lessons (test/fixtures/lessons-app). */
const pages = [
  ['the start page', '/'],
  ['a module page', '/module/first-steps/'],
  ['a lesson step with a picture, a subheading and a term', '/lesson/use-the-mouse/1/'],
  ['a lesson step with a tip under the author’s own title, a warning and a term', '/lesson/use-the-mouse/2/'],
  ['a lesson step with three quizzes', '/lesson/use-the-mouse/4/'],
  ['a lesson step with a multiple-choice quiz', '/lesson/find-a-web-page/3/'],
  ['a lesson step with a warning under the author’s own title and a picture', '/lesson/find-a-web-page/2/'],
  ['a lesson step with a link to another lesson', '/lesson/find-a-web-page/4/'],
  ['a lesson done page', '/lesson/use-the-mouse/done/'],
  ['the last lesson’s done page', '/lesson/find-a-web-page/done/'],
  ['the about page', '/about/'],
  ['the glossary', '/glossary/'],
  ['the accessibility statement, with the library’s contact', '/accessibility/'],
  ['the privacy page', '/privacy/'],
  ['the not-found page', '/no-such-page/'],
] as const;

describe.each(uiLanguages)('axe-core in %s', (language) => {
  it.each(pages)('finds no WCAG A/AA violations on %s', async (_name, page) => {
    const { container } = await renderApp(`/${language}${page}`);
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('finds no violations in a quiz showing the feedback to a wrong answer', async () => {
    const { container, user } = await renderApp(`/${language}/lesson/use-the-mouse/4/`);
    const [firstQuiz] = screen.getAllByRole('group');
    if (!firstQuiz) throw new Error('The step has no quiz.');
    const wrongAnswer = within(firstQuiz).getAllByRole('radio')[1];
    const form = wrongAnswer?.closest('form');
    if (!wrongAnswer || !form) throw new Error('The quiz has fewer than two answers.');
    await user.click(wrongAnswer);
    await user.click(within(form).getByRole('button', { name: new RegExp(`^${{ sv: 'Svara', en: 'Answer', ar: 'أجب' }[language]} `) }));
    expect(screen.getByText({ sv: 'Inte riktigt.', en: 'Not quite.', ar: 'ليس تماماً.' }[language])).toBeInTheDocument();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('finds no violations with a term’s explanation open', async () => {
    const { container, user } = await renderApp(`/${language}/lesson/use-the-mouse/2/`);
    const [term] = screen.getAllByRole('button', { expanded: false });
    if (!term) throw new Error('The step has no term to open.');
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('finds no violations in the whole document, with its language and title', async () => {
    await renderApp(`/${language}/`);
    expect(describeViolations(await axeViolations(document.documentElement))).toEqual([]);
  });
});
