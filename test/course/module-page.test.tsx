// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture module first-steps (test/fixtures/lessons-app) has two lessons; browse-the-web has one.
const modulePath = '/sv/module/first-steps/';

describe('a module page', () => {
  it('has the module’s title as its one h1', async () => {
    await renderApp(modulePath);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Första stegen');
  });

  it('lists each lesson as a link inside a heading, to the lesson’s first step', async () => {
    await renderApp(modulePath);
    const lessonHeading = screen.getByRole('heading', { level: 3, name: 'Använd tangentbordet' });
    expect(within(lessonHeading).getByRole('link', { name: 'Använd tangentbordet' })).toHaveAttribute(
      'href',
      '/sv/lesson/use-the-keyboard/1/',
    );
  });

  it('lists only its own lessons, in lesson order', async () => {
    await renderApp(modulePath);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Använd musen',
      'Använd tangentbordet',
    ]);
  });

  it('shows where it sits in a breadcrumb trail, with a link to the start page', async () => {
    await renderApp(modulePath);
    const trail = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(trail).getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/sv/');
    expect(within(trail).getByText('Första stegen')).toHaveAttribute('aria-current', 'page');
  });

  it('opens the lesson at its first step when the lesson’s link is followed', async () => {
    const { user } = await renderApp(modulePath);
    await user.click(screen.getByRole('link', { name: 'Använd tangentbordet' }));
    expect(await screen.findByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tangenterna' })).toBeInTheDocument();
  });

  it('works in English at /en/module/…/', async () => {
    await renderApp('/en/module/first-steps/');
    expect(screen.getByRole('heading', { level: 1, name: 'First steps' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Use the keyboard' })).toHaveAttribute('href', '/en/lesson/use-the-keyboard/1/');
  });

  it('says in Arabic that the lessons are shown in Swedish, and marks them as Swedish', async () => {
    await renderApp('/ar/module/first-steps/');
    expect(screen.getByText('الدروس غير متوفرة بلغتك بعد. تظهر باللغة السويدية.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Använd musen' })).toHaveAttribute('lang', 'sv');
  });
});
