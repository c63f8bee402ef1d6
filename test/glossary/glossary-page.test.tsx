// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

/** The words of a glossary page in the order shown (test/fixtures/lessons-app/glossary). */
const wordsShown = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('the glossary page', () => {
  it('has one h1 and its title', async () => {
    await renderApp('/sv/glossary/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Ordlista' })).toBeInTheDocument();
    expect(document.title).toBe('Ordlista – Nätvana');
  });

  it('lists the Swedish words in Swedish alphabetical order: å, ä and ö come after z', async () => {
    await renderApp('/sv/glossary/');
    expect(wordsShown()).toEqual(['adress', 'klicka', 'mus', 'webbläsare', 'zooma', 'ämne', 'öppna']);
  });

  it('gives Ä and Ö letters of their own in Swedish, with a heading each, in order', async () => {
    await renderApp('/sv/glossary/');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['A', 'K', 'M', 'W', 'Z', 'Ä', 'Ö']);
    const letters = screen.getByRole('navigation', { name: 'Bokstäver' });
    expect(within(letters).getAllByRole('link').map((link) => link.textContent)).toEqual(['A', 'K', 'M', 'W', 'Z', 'Ä', 'Ö']);
  });

  it('lists the English words in English alphabetical order', async () => {
    await renderApp('/en/glossary/');
    expect(wordsShown()).toEqual(['address', 'browser', 'click', 'mouse', 'open', 'subject', 'zoom']);
  });

  it('shows each word with its explanation', async () => {
    await renderApp('/sv/glossary/');
    expect(screen.getByText('En liten dosa som du flyttar med handen för att styra pilen på skärmen.')).toBeInTheDocument();
  });

  it('links each word to the lessons that explain it', async () => {
    await renderApp('/sv/glossary/');
    const mouse = screen.getByRole('heading', { level: 3, name: 'mus' }).parentElement;
    if (!mouse) throw new Error('The word has no entry.');
    const links = within(mouse).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/sv/lesson/use-the-mouse/1/');
  });

  it('shows no lesson list for a word no lesson explains', async () => {
    await renderApp('/sv/glossary/');
    const subject = screen.getByRole('heading', { level: 3, name: 'ämne' }).parentElement;
    expect(subject && within(subject).queryByRole('link')).toBeNull();
  });

  it('shows the Swedish glossary on the Arabic interface, and says so', async () => {
    await renderApp('/ar/glossary/');
    expect(wordsShown()[0]).toBe('adress');
    expect(screen.getByText(/svenska|السويدية/)).toBeInTheDocument();
  });

  it('is reached from the footer of every page', async () => {
    const { user } = await renderApp('/sv/');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Ordlista' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ordlista' })).toBeInTheDocument();
  });
});

describe('a word explained in a lesson', () => {
  it('links to its entry in the glossary, where focus goes to the word', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(screen.getByRole('button', { name: /musen/ }));
    const link = screen.getByRole('link', { name: 'Se ordet i ordlistan' });
    expect(link).toHaveAttribute('href', '/sv/glossary/#word-mouse');
    await user.click(link);
    const word = await screen.findByRole('heading', { level: 3, name: 'mus' });
    expect(word).toHaveAttribute('id', 'word-mouse');
    expect(word).toHaveFocus();
  });
});
