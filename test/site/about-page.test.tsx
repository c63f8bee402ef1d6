// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

describe('the about page', () => {
  it('has one h1 naming the page', async () => {
    await renderApp('/sv/about/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om Nätvana');
  });

  it('has a heading that says what Nätvana keeps about the learner', async () => {
    await renderApp('/sv/about/');
    expect(screen.getByRole('heading', { level: 2, name: 'Det här sparar Nätvana' })).toBeInTheDocument();
    expect(screen.getByText('Nätvana skickar inget om dig till någon server.')).toBeInTheDocument();
  });

  it('has the privacy heading in English too', async () => {
    await renderApp('/en/about/');
    expect(screen.getByRole('heading', { level: 2, name: 'What Nätvana keeps' })).toBeInTheDocument();
  });

  it('is reached from the main menu', async () => {
    const { user } = await renderApp('/sv/');
    await user.click(screen.getByRole('link', { name: 'Om Nätvana' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Om Nätvana' })).toBeInTheDocument();
  });

  it('marks its menu link as the current page', async () => {
    await renderApp('/sv/about/');
    expect(screen.getByRole('link', { name: 'Om Nätvana' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
  });
});
