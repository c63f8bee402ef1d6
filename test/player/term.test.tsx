// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TermNode } from '../../src/content/types.ts';
import { Term } from '../../src/player/term.tsx';
import { nameWithHiddenText } from '../helpers/names.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const click: TermNode = {
  type: 'term',
  id: 'click',
  text: 'klicka',
  definition: 'Att trycka en gång på musens vänstra knapp.',
};

const renderTerm = () =>
  renderInLanguage(
    <p>
      Att <Term term={click} /> är lätt.
    </p>,
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
    expect(termButton()).toHaveAttribute('aria-controls', definition().id);
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

  it('closes with Escape and keeps focus on the word', async () => {
    const { user } = await renderTerm();
    await user.click(termButton());
    await user.keyboard('{Escape}');
    expect(termButton()).toHaveAttribute('aria-expanded', 'false');
    expect(definition()).not.toBeVisible();
    expect(termButton()).toHaveFocus();
  });

  it('names the button in the interface language', async () => {
    await renderInLanguage(<Term term={{ ...click, text: 'click', definition: 'To press the left mouse button once.' }} />, 'en');
    expect(screen.getByRole('button', { name: nameWithHiddenText('click', '(show explanation)') })).toBeInTheDocument();
  });
});
