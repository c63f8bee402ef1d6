// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lessons (test/fixtures/lessons-app), in course order: use-the-mouse and use-the-keyboard
// in the module first-steps, then find-a-web-page in browse-the-web, the last lesson of all.
const donePath = '/sv/lesson/use-the-mouse/done/';

describe('the lesson done page', () => {
  it('congratulates the learner in its one h1 and names the lesson', async () => {
    await renderApp(donePath);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bra gjort!');
    expect(screen.getByText('Du är klar med lektionen Använd musen.')).toBeInTheDocument();
  });

  it('lists what the learner can do now: the lesson’s objectives, under their own heading', async () => {
    await renderApp(donePath);
    const objectives = (await loadLesson('sv', 'use-the-mouse'))?.objectives ?? [];
    expect(objectives).toEqual(['Du kan flytta pilen med musen.', 'Du kan klicka.']);
    expect(screen.getByRole('heading', { level: 2, name: 'Det här kan du nu' })).toBeInTheDocument();
    const list = screen.getAllByRole('list').find((candidate) => within(candidate).queryByText(objectives[0] ?? ''));
    if (!list) throw new Error('No list on the page holds the objectives.');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(objectives);
  });

  it('offers the next lesson of the same module in a region of its own, with a link to its first step', async () => {
    await renderApp(donePath);
    const next = screen.getByRole('region', { name: 'Nästa lektion' });
    expect(within(next).getByText('Använd tangentbordet')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Börja nästa lektion' })).toHaveAttribute('href', '/sv/lesson/use-the-keyboard/1/');
  });

  it('offers the first lesson of the next module after a module’s last lesson', async () => {
    await renderApp('/sv/lesson/use-the-keyboard/done/');
    const next = screen.getByRole('region', { name: 'Nästa lektion' });
    expect(within(next).getByText('Hitta en webbsida')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Börja nästa lektion' })).toHaveAttribute('href', '/sv/lesson/find-a-web-page/1/');
  });

  it('opens the next lesson at its first step when "Börja nästa lektion" is followed', async () => {
    const { user } = await renderApp('/sv/lesson/use-the-keyboard/done/');
    await user.click(screen.getByRole('link', { name: 'Börja nästa lektion' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webbläsaren' })).toBeInTheDocument();
    expect(screen.getByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
  });

  it('offers the lesson again, the module and the start page', async () => {
    await renderApp(donePath);
    expect(screen.getByRole('link', { name: 'Gör lektionen en gång till' })).toHaveAttribute('href', '/sv/lesson/use-the-mouse/1/');
    expect(screen.getByRole('link', { name: 'Tillbaka till Första stegen' })).toHaveAttribute('href', '/sv/module/first-steps/');
    expect(screen.getByRole('link', { name: 'Tillbaka till start' })).toHaveAttribute('href', '/sv/');
  });

  it('says the course is finished after the very last lesson, with no next lesson', async () => {
    await renderApp('/sv/lesson/find-a-web-page/done/');
    expect(screen.getByText('Det var den sista lektionen. Bra gjort!')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Börja nästa lektion' })).not.toBeInTheDocument();
  });

  it('works in English', async () => {
    await renderApp('/en/lesson/use-the-mouse/done/');
    expect(screen.getByRole('heading', { level: 1, name: 'Well done!' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the next lesson' })).toHaveAttribute('href', '/en/lesson/use-the-keyboard/1/');
  });
});
