// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src/i18n/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderApp } from '../helpers/render-app.tsx';

/** The kinds of page, each with what makes it differ from the others. */
const pages = [
  ['the start page', '/'],
  ['a module page', '/module/email/'],
  ['a lesson step with three quizzes', '/lesson/what-is-the-internet/8/'],
  ['a lesson step with a multiple-choice quiz', '/lesson/what-is-an-e-id/8/'],
  ['a lesson step with a tip, a warning and terms', '/lesson/what-is-an-e-id/2/'],
  ['a lesson step with a warning under the author’s own title and a picture', '/lesson/what-is-an-e-id/7/'],
  ['a lesson step with a link to another lesson', '/lesson/read-a-web-address/7/'],
  ['a lesson done page', '/lesson/what-is-the-internet/done/'],
  ['the last lesson’s done page', '/lesson/read-a-web-address/done/'],
  ['the about page', '/about/'],
  ['the not-found page', '/no-such-page/'],
] as const;

describe.each(uiLanguages)('axe-core in %s', (language) => {
  it.each(pages)('finds no WCAG A/AA violations on %s', async (_name, page) => {
    const { container } = await renderApp(`/${language}${page}`);
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('finds no violations in a quiz showing the feedback to a wrong answer', async () => {
    const { container, user } = await renderApp(`/${language}/lesson/what-is-an-e-id/3/`);
    const wrongAnswer = screen.getAllByRole('radio')[1];
    if (!wrongAnswer) throw new Error('The quiz has fewer than two answers.');
    await user.click(wrongAnswer);
    await user.click(screen.getByRole('button', { name: { sv: 'Svara', en: 'Answer', ar: 'أجب' }[language] }));
    expect(screen.getByText({ sv: 'Inte riktigt.', en: 'Not quite.', ar: 'ليس تماماً.' }[language])).toBeInTheDocument();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('finds no violations with a term’s explanation open', async () => {
    const { container, user } = await renderApp(`/${language}/lesson/what-is-an-e-id/2/`);
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
