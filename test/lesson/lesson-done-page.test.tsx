// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.ts';
import { progressKey } from '../../src/progress/index.ts';
import { finished, progressStoreWith, startedAt } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lessons (test/fixtures/lessons-app), in course order: use-the-mouse and use-the-keyboard
// in the module first-steps, then find-a-web-page in browse-the-web, the last lesson of all.
const donePath = '/sv/lesson/use-the-mouse/done/';

/** The done page of a lesson this browser has finished: what a learner who went through its steps sees. */
async function renderDone(path: string) {
  const [, lang, , lessonId] = path.split('/');
  return renderApp(path, progressStoreWith({ [`${lang}/${lessonId}`]: finished }).seams);
}

describe('the lesson done page', () => {
  it('congratulates the learner in its one h1 and names the lesson', async () => {
    await renderDone(donePath);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bra gjort!');
    expect(screen.getByText('Du är klar med lektionen Använd musen.')).toBeInTheDocument();
  });

  it('lists what the learner can do now: the lesson’s objectives, under their own heading', async () => {
    await renderDone(donePath);
    const objectives = (await loadLesson('sv', 'use-the-mouse'))?.objectives ?? [];
    expect(objectives).toEqual(['Du kan flytta pilen med musen.', 'Du kan klicka.']);
    expect(screen.getByRole('heading', { level: 2, name: 'Det här kan du nu' })).toBeInTheDocument();
    const list = screen.getAllByRole('list').find((candidate) => within(candidate).queryByText(objectives[0] ?? ''));
    if (!list) throw new Error('No list on the page holds the objectives.');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(objectives);
  });

  it('offers the next lesson of the same module in a region of its own, with a link to its first step', async () => {
    await renderDone(donePath);
    const next = screen.getByRole('region', { name: 'Nästa lektion' });
    expect(within(next).getByText('Använd tangentbordet')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Börja nästa lektion' })).toHaveAttribute('href', '/sv/lesson/use-the-keyboard/1/');
  });

  it('offers the first lesson of the next module after a module’s last lesson', async () => {
    await renderDone('/sv/lesson/use-the-keyboard/done/');
    const next = screen.getByRole('region', { name: 'Nästa lektion' });
    expect(within(next).getByText('Hitta en webbsida')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Börja nästa lektion' })).toHaveAttribute('href', '/sv/lesson/find-a-web-page/1/');
  });

  it('opens the next lesson at its first step when "Börja nästa lektion" is followed', async () => {
    const { user } = await renderDone('/sv/lesson/use-the-keyboard/done/');
    await user.click(screen.getByRole('link', { name: 'Börja nästa lektion' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webbläsaren' })).toBeInTheDocument();
    expect(screen.getByText(/^Steg 1 av \d+$/)).toBeInTheDocument();
  });

  it('offers the lesson again, the module and the start page', async () => {
    await renderDone(donePath);
    expect(screen.getByRole('link', { name: 'Gör lektionen en gång till' })).toHaveAttribute('href', '/sv/lesson/use-the-mouse/1/');
    expect(screen.getByRole('link', { name: 'Tillbaka till Första stegen' })).toHaveAttribute('href', '/sv/module/first-steps/');
    expect(screen.getByRole('link', { name: 'Tillbaka till start' })).toHaveAttribute('href', '/sv/');
  });

  it('says the course is finished after the very last lesson, with no next lesson', async () => {
    await renderDone('/sv/lesson/find-a-web-page/done/');
    expect(screen.getByText('Det var den sista lektionen. Bra gjort!')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Börja nästa lektion' })).not.toBeInTheDocument();
  });

  it('works in English', async () => {
    await renderDone('/en/lesson/use-the-mouse/done/');
    expect(screen.getByRole('heading', { level: 1, name: 'Well done!' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the next lesson' })).toHaveAttribute('href', '/en/lesson/use-the-keyboard/1/');
  });

  it('congratulates a learner who reached the last step one step at a time, and counts the lesson done', async () => {
    const stepCount = (await loadLesson('sv', 'use-the-mouse'))?.steps.length ?? 0;
    expect(stepCount).toBeGreaterThan(1);
    const { storage, seams } = progressStoreWith({ 'sv/use-the-mouse': { ...startedAt(stepCount), furthestStep: stepCount } });
    await renderApp(donePath, seams);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bra gjort!');
    await waitFor(() => expect(JSON.parse(storage.read(progressKey) ?? '{}').lessons['sv/use-the-mouse'].status).toBe('done'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bra gjort!');
  });
});

describe('the done page opened from a link, before the lesson’s steps', () => {
  it('says the lesson is not done yet, and why, instead of congratulating', async () => {
    const { storage, seams } = progressStoreWith();
    await renderApp(donePath, seams);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lektionen är inte klar än' })).toBeInTheDocument();
    expect(screen.queryByText('Bra gjort!')).not.toBeInTheDocument();
    expect(screen.getByText('En lektion blir klar när du har gått igenom alla steg, ett i taget.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Börja lektionen' })).toHaveAttribute('href', '/sv/lesson/use-the-mouse/1/');
    expect(screen.getByRole('link', { name: 'Tillbaka till Första stegen' })).toHaveAttribute('href', '/sv/module/first-steps/');
    expect(document.title).toMatch(/^Inte klar än: Använd musen/);
    expect(screen.queryByRole('region', { name: 'Nästa lektion' })).not.toBeInTheDocument();
    expect(storage.read(progressKey)).toBeUndefined();
  });

  it('says how far the learner has come and offers the first step not yet gone through', async () => {
    const stepCount = (await loadLesson('sv', 'use-the-mouse'))?.steps.length ?? 0;
    const { storage, seams } = progressStoreWith({ 'sv/use-the-mouse': { ...startedAt(1), stepNumber: stepCount } });
    await renderApp(donePath, seams);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lektionen är inte klar än' })).toBeInTheDocument();
    expect(screen.getByText(`Du har gått igenom 1 av ${stepCount} steg.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fortsätt med steg 2' })).toHaveAttribute('href', '/sv/lesson/use-the-mouse/2/');
    expect(JSON.parse(storage.read(progressKey) ?? '{}').lessons['sv/use-the-mouse'].status).toBe('started');
  });

  it('says so after a language switch on a lesson finished in the other language, and why', async () => {
    await renderApp('/en/lesson/use-the-mouse/done/', progressStoreWith({ 'sv/use-the-mouse': finished }).seams);
    expect(await screen.findByRole('heading', { level: 1, name: 'The lesson is not done yet' })).toBeInTheDocument();
    expect(screen.getByText('You have gone through the lesson in Swedish. Each language counts on its own.')).toBeInTheDocument();
  });

  it('says nothing of another language where the lesson was not finished there', async () => {
    await renderApp('/en/lesson/use-the-mouse/done/', progressStoreWith({ 'sv/use-the-mouse': startedAt(1) }).seams);
    expect(await screen.findByRole('heading', { level: 1, name: 'The lesson is not done yet' })).toBeInTheDocument();
    expect(screen.queryByText(/in Swedish/)).not.toBeInTheDocument();
  });

  it('says so in English too', async () => {
    await renderApp('/en/lesson/use-the-mouse/done/', progressStoreWith().seams);
    expect(await screen.findByRole('heading', { level: 1, name: 'The lesson is not done yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the lesson' })).toHaveAttribute('href', '/en/lesson/use-the-mouse/1/');
  });
});
