// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lesson Använd musen (test/fixtures/lessons-app/first-steps).
describe('the presenter view', () => {
  it('is the step alone: no site header, footer or breadcrumbs, the step counter, and a way back to the overview', async () => {
    await renderApp('/sv/instructor/present/use-the-mouse/1/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Musen styr pilen' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Avsluta visningen' })).toHaveAttribute('href', '/sv/instructor/lesson/use-the-mouse/');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('offers full screen only where the browser has it', async () => {
    // jsdom has no Fullscreen API, like a browser where it is switched off.
    await renderApp('/sv/instructor/present/use-the-mouse/1/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Fyll hela skärmen' })).not.toBeInTheDocument();
  });

  it('leaves the notes window in the site’s frame', async () => {
    await renderApp('/sv/instructor/present/use-the-mouse/1/notes/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nu: Musen styr pilen' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });
});
