// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

describe('a module page', () => {
  it('has the module’s title as its one h1', async () => {
    await renderApp('/sv/module/email/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('E-post');
  });

  it('lists its lesson as a link inside a heading, to the lesson’s first step', async () => {
    await renderApp('/sv/module/email/');
    const lessonHeading = screen.getByRole('heading', { level: 3, name: 'Vad är e-post?' });
    expect(within(lessonHeading).getByRole('link', { name: 'Vad är e-post?' })).toHaveAttribute(
      'href',
      '/sv/lesson/what-is-email/1/',
    );
  });

  it('lists only its own lessons', async () => {
    await renderApp('/sv/module/email/');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Vad är e-post?']);
  });

  it('shows where it sits in a breadcrumb trail, with a link to the start page', async () => {
    await renderApp('/sv/module/email/');
    const trail = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(trail).getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/sv/');
    expect(within(trail).getByText('E-post')).toHaveAttribute('aria-current', 'page');
  });

  it('opens the lesson at its first step when the lesson’s link is followed', async () => {
    const { user } = await renderApp('/sv/module/email/');
    await user.click(screen.getByRole('link', { name: 'Vad är e-post?' }));
    expect(await screen.findByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ett brev på datorn' })).toBeInTheDocument();
  });

  it('works in English at /en/module/…/', async () => {
    await renderApp('/en/module/email/');
    expect(screen.getByRole('heading', { level: 1, name: 'Email' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'What is email?' })).toHaveAttribute('href', '/en/lesson/what-is-email/1/');
  });

  it('says in Arabic that the lessons are shown in Swedish, and marks them as Swedish', async () => {
    await renderApp('/ar/module/email/');
    expect(screen.getByText('الدروس غير متوفرة بلغتك بعد. تظهر باللغة السويدية.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Vad är e-post?' })).toHaveAttribute('lang', 'sv');
  });
});
