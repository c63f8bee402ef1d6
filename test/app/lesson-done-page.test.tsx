// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.ts';
import { renderApp } from '../helpers/render-app.tsx';

const donePath = '/sv/lesson/what-is-the-internet/done/';

describe('the lesson done page', () => {
  it('congratulates the learner in its one h1 and names the lesson', async () => {
    await renderApp(donePath);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bra gjort!');
    expect(screen.getByText('Du är klar med lektionen Vad är internet?.')).toBeInTheDocument();
  });

  it('lists what the learner can do now: the lesson’s objectives, under their own heading', async () => {
    await renderApp(donePath);
    const objectives = (await loadLesson('sv', 'what-is-the-internet'))?.objectives ?? [];
    expect(objectives.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: 'Det här kan du nu' })).toBeInTheDocument();
    const list = screen.getAllByRole('list').find((candidate) => within(candidate).queryByText(objectives[0] ?? ''));
    if (!list) throw new Error('No list on the page holds the objectives.');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(objectives);
  });

  it('offers the next lesson in a region of its own, with a link to its first step', async () => {
    await renderApp(donePath);
    const next = screen.getByRole('region', { name: 'Nästa lektion' });
    expect(within(next).getByText('Vad är e-post?')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Börja nästa lektion' })).toHaveAttribute('href', '/sv/lesson/what-is-email/1/');
  });

  it('opens the next lesson at its first step when "Börja nästa lektion" is followed', async () => {
    const { user } = await renderApp(donePath);
    await user.click(screen.getByRole('link', { name: 'Börja nästa lektion' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ett brev på datorn' })).toBeInTheDocument();
    expect(screen.getByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
  });

  it('offers the lesson again, the module and the start page', async () => {
    await renderApp(donePath);
    expect(screen.getByRole('link', { name: 'Gör lektionen en gång till' })).toHaveAttribute('href', '/sv/lesson/what-is-the-internet/1/');
    expect(screen.getByRole('link', { name: 'Tillbaka till Kom igång' })).toHaveAttribute('href', '/sv/module/getting-started/');
    expect(screen.getByRole('link', { name: 'Tillbaka till start' })).toHaveAttribute('href', '/sv/');
  });

  it('says the course is finished after the very last lesson, with no next lesson', async () => {
    await renderApp('/sv/lesson/read-a-web-address/done/');
    expect(screen.getByText('Det var den sista lektionen. Bra gjort!')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Börja nästa lektion' })).not.toBeInTheDocument();
  });

  it('works in English', async () => {
    await renderApp('/en/lesson/what-is-the-internet/done/');
    expect(screen.getByRole('heading', { level: 1, name: 'Well done!' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the next lesson' })).toHaveAttribute('href', '/en/lesson/what-is-email/1/');
  });
});
