// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

const languageLinks = (navigationName = 'Språk') => within(screen.getByRole('navigation', { name: navigationName }));

describe('the language links in the header', () => {
  it('link to the same page in each language', async () => {
    await renderApp('/sv/module/first-steps/');
    expect(languageLinks().getByRole('link', { name: 'Svenska' })).toHaveAttribute('href', '/sv/module/first-steps/');
    expect(languageLinks().getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/module/first-steps/');
    expect(languageLinks().getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/module/first-steps/');
  });

  it('keep the step of a lesson', async () => {
    await renderApp('/sv/lesson/use-the-mouse/3/');
    expect(languageLinks().getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/lesson/use-the-mouse/3/');
  });

  it('mark the current language with aria-current, and only that one', async () => {
    await renderApp('/en/about/');
    expect(languageLinks('Language').getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(languageLinks('Language').getByRole('link', { name: 'Svenska' })).not.toHaveAttribute('aria-current');
    expect(languageLinks('Language').getByRole('link', { name: 'العربية' })).not.toHaveAttribute('aria-current');
  });

  it('name each language in itself, marked with its language', async () => {
    await renderApp('/sv/');
    expect(languageLinks().getByRole('link', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
    expect(languageLinks().getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('show the same page in the chosen language when followed', async () => {
    const { user } = await renderApp('/sv/module/first-steps/');
    await user.click(languageLinks().getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'First steps' })).toBeInTheDocument();
    expect(languageLinks('Language').getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  });

  it('show the same lesson step in the chosen language when followed', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(languageLinks().getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The mouse steers the arrow' })).toBeInTheDocument();
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeInTheDocument();
  });

  it('lead from the root address to the start page in another language', async () => {
    await renderApp('/');
    expect(languageLinks().getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  });
});
