// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

describe('the not-found page', () => {
  it.each([
    ['an unknown module', '/sv/module/no-such-module/'],
    ['an unknown lesson', '/sv/lesson/no-such-lesson/1/'],
    ['the done page of an unknown lesson', '/sv/lesson/no-such-lesson/done/'],
    ['step 0', '/sv/lesson/use-the-mouse/0/'],
    ['step 99', '/sv/lesson/use-the-mouse/99/'],
    ['step "abc"', '/sv/lesson/use-the-mouse/abc/'],
    ['a step number with a leading zero', '/sv/lesson/use-the-mouse/01/'],
    ['an unknown page', '/sv/no-such-page/'],
    ['an unknown language', '/xx/'],
    ['an unknown language before a real page', '/de/module/first-steps/'],
  ])('is shown for %s (%s), with a link home', async (_what, path) => {
    await renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå till startsidan' })).toHaveAttribute('href', '/sv/');
  });

  it('is shown in English for an unknown English address, with a link to the English start page', async () => {
    await renderApp('/en/module/no-such-module/');
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/en/');
  });

  it('takes the learner to the start page when the link home is followed', async () => {
    const { user } = await renderApp('/sv/module/no-such-module/');
    await user.click(screen.getByRole('link', { name: 'Gå till startsidan' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Lär dig använda internet' })).toBeInTheDocument();
  });

  it('keeps the page frame, so the learner can still find the menu', async () => {
    await renderApp('/sv/no-such-page/');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });
});
