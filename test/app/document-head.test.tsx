// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { finished, progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

beforeEach(() => {
  // The document outlives each test's render; start every test from a blank head.
  document.title = '';
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('the document title', () => {
  it.each([
    ['/sv/', 'Start – Nätvana'],
    ['/sv/module/first-steps/', 'Första stegen – Nätvana'],
    ['/sv/lesson/use-the-mouse/2/', 'Klicka – Steg 2 av 4 – Använd musen – Nätvana'],
    ['/sv/lesson/use-the-mouse/done/', 'Klar: Använd musen – Nätvana'],
    ['/sv/about/', 'Om Nätvana – Nätvana'],
    ['/sv/no-such-page/', 'Sidan finns inte – Nätvana'],
    ['/en/module/first-steps/', 'First steps – Nätvana'],
    ['/en/lesson/use-the-mouse/done/', 'Done: Use the mouse – Nätvana'],
  ])('of %s is "%s"', async (path, title) => {
    // A learner who went through the lesson's steps: the done page is theirs.
    await renderApp(path, progressStoreWith({ 'sv/use-the-mouse': finished, 'en/use-the-mouse': finished }).seams);
    expect(document.title).toBe(title);
  });

  it('of a done page opened before the lesson’s steps says the lesson is not done yet', async () => {
    await renderApp('/sv/lesson/use-the-mouse/done/', progressStoreWith().seams);
    await screen.findByRole('heading', { level: 1, name: 'Lektionen är inte klar än' });
    expect(document.title).toBe('Inte klar än: Använd musen – Nätvana');
  });

  it('changes with the page when the learner moves on', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(document.title).toBe('Klicka – Steg 2 av 4 – Använd musen – Nätvana');
  });
});

describe('the language and direction of the document', () => {
  it.each([
    ['/', 'sv', 'ltr'],
    ['/sv/module/first-steps/', 'sv', 'ltr'],
    ['/en/about/', 'en', 'ltr'],
    ['/ar/', 'ar', 'rtl'],
    ['/ar/lesson/use-the-mouse/1/', 'ar', 'rtl'],
  ])('at %s are lang="%s" dir="%s"', async (path, lang, dir) => {
    await renderApp(path);
    expect(document.documentElement).toHaveAttribute('lang', lang);
    expect(document.documentElement).toHaveAttribute('dir', dir);
  });

  it('turn back to left to right when the learner leaves Arabic for Swedish', async () => {
    const { user } = await renderApp('/ar/about/');
    await user.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Om Nätvana' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'sv');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
