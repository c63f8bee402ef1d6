// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { TermNode } from '../../src/content/types.ts';
import { LessonLinksContext } from '../../src/player/lesson-links.tsx';
import { Term } from '../../src/player/term.tsx';
import { nameWithHiddenText } from '../helpers/names.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const click: TermNode = {
  type: 'term',
  id: 'click',
  text: 'klicka',
  definition: 'Att trycka en gång på musens vänstra knapp.',
};

const links = { lessonHref: (id: string) => `/sv/lesson/${id}/1/`, glossaryHref: (id: string) => `/sv/glossary/#word-${id}` };
const inLesson = (ui: ReactElement) => (
  <MemoryRouter>
    <LessonLinksContext.Provider value={links}>{ui}</LessonLinksContext.Provider>
  </MemoryRouter>
);
const renderTerm = () =>
  renderInLanguage(
    inLesson(
      <p>
        Att <Term term={click} /> är lätt.
      </p>,
    ),
  );
const termButton = () => screen.getByRole('button', { name: nameWithHiddenText('klicka', '(visa förklaring)') });
const definition = () => screen.getByText('Att trycka en gång på musens vänstra knapp.');

describe('Term', () => {
  it('is a collapsed button named by the word, with its explanation hidden', async () => {
    await renderTerm();
    expect(termButton()).toHaveAttribute('aria-expanded', 'false');
    expect(definition()).not.toBeVisible();
  });

  it('says which element it shows and hides', async () => {
    await renderTerm();
    expect(termButton()).toHaveAttribute('aria-controls', definition().closest('[id]')?.id);
  });

  it('shows the explanation and reports itself expanded when pressed', async () => {
    const { user } = await renderTerm();
    await user.click(termButton());
    expect(termButton()).toHaveAttribute('aria-expanded', 'true');
    expect(definition()).toBeVisible();
  });

  it('hides the explanation again when pressed a second time', async () => {
    const { user } = await renderTerm();
    await user.click(termButton());
    await user.click(termButton());
    expect(termButton()).toHaveAttribute('aria-expanded', 'false');
    expect(definition()).not.toBeVisible();
  });

  it('opens with the keyboard: Tab to it, then Enter', async () => {
    const { user } = await renderTerm();
    await user.tab();
    expect(termButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(termButton()).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps focus on the word when Enter opens it, so nothing moves under the learner', async () => {
    const { user } = await renderTerm();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(definition()).toBeVisible();
    expect(termButton()).toHaveFocus();
  });

  it('ends the explanation with a link to the word in the glossary, next in the tab order', async () => {
    const { user } = await renderTerm();
    await user.click(termButton());
    const link = screen.getByRole('link', { name: 'Se ordet i ordlistan' });
    expect(link).toHaveAttribute('href', '/sv/glossary/#word-click');
    await user.tab();
    expect(link).toHaveFocus();
  });

  it('has no glossary link a keyboard can reach while it is closed', async () => {
    await renderTerm();
    expect(screen.queryByRole('link', { name: 'Se ordet i ordlistan' })).not.toBeInTheDocument();
  });

  it('closes with Escape and keeps focus on the word', async () => {
    const { user } = await renderTerm();
    await user.click(termButton());
    await user.keyboard('{Escape}');
    expect(termButton()).toHaveAttribute('aria-expanded', 'false');
    expect(definition()).not.toBeVisible();
    expect(termButton()).toHaveFocus();
  });

  it('names the button in the interface language', async () => {
    await renderInLanguage(inLesson(<Term term={{ ...click, text: 'click', definition: 'To press the left mouse button once.' }} />), 'en');
    expect(screen.getByRole('button', { name: nameWithHiddenText('click', '(show explanation)') })).toBeInTheDocument();
  });
});
