// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadWhatPageNeeds } from '../../src/app/routes.ts';
import { finished, progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

const pageHeading = () => screen.getByRole('heading', { level: 1 });

describe('focus after navigation', () => {
  it('is left where the browser puts it on the first page', async () => {
    await renderApp('/sv/lesson/use-the-mouse/1/');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to the new h1 when the learner goes to the next step', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(pageHeading()).toHaveTextContent(/^Klicka$/);
    expect(document.activeElement).toBe(pageHeading());
  });

  it('moves to the new h1 on every step, not only the first move', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(pageHeading()).toHaveTextContent('Peka och klicka');
    expect(document.activeElement).toBe(pageHeading());
  });

  it('moves to the h1 when the learner comes back to the page they started on', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    await user.click(screen.getByRole('link', { name: 'Tillbaka' }));
    expect(pageHeading()).toHaveTextContent('Musen styr pilen');
    expect(document.activeElement).toBe(pageHeading());
  });

  it('moves to the h1 of another kind of page, here a module opened from the start page', async () => {
    const { user } = await renderApp('/sv/');
    const link = screen.getByRole('link', { name: 'Webben' });
    // The module page's chunk and strings are here before the click (the next test has a page that must load first).
    await loadWhatPageNeeds(link.getAttribute('href') ?? '');
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Webben' }));
  });

  it('moves to the h1 of a lesson that had to be loaded first', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/done/', progressStoreWith({ 'sv/use-the-mouse': finished }).seams);
    await user.click(screen.getByRole('link', { name: 'Börja nästa lektion' }));
    await screen.findByRole('heading', { level: 1, name: 'Tangenterna' });
    // Focus moves in an effect once the page is drawn: the test waits for that state, not for the heading alone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Tangenterna' })));
  });

  it('moves to the h1 after the learner switches language', async () => {
    const { user } = await renderApp('/sv/about/');
    await user.click(screen.getByRole('link', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'About Nätvana' });
    // Focus moves in an effect once the page is drawn: the test waits for that state, not for the heading alone.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'About Nätvana' })));
  });

  it('keeps the h1 out of the Tab order', async () => {
    await renderApp('/sv/');
    expect(pageHeading()).toHaveAttribute('tabindex', '-1');
  });
});
