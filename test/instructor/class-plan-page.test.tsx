// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { classPlanKey } from '../../src/instructor/class-plan.ts';
import { todaysClassKey } from '../../src/instructor/todays-class-key.ts';
import { axeViolations } from '../helpers/axe.ts';
import { progressStoreWith, startedAt } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lessons (test/fixtures/lessons-app): Använd musen (10 min), Använd tangentbordet, Hitta en webbsida.
afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

const planList = () => within(screen.getByRole('region', { name: 'Din plan' })).getByRole('list');
const planTitles = () => within(planList()).getAllByRole('listitem').map((item) => item.querySelector('[lang]')?.textContent);

describe('the class plan', () => {
  it('is built and put in order with the keyboard alone, and kept on this computer', async () => {
    const { user } = await renderApp('/sv/instructor/plan/');
    expect(screen.getByText('Planen är tom. Välj lektioner nedanför.')).toBeInTheDocument();
    const add = (lesson: string) => screen.getByRole('button', { name: `Lägg till ${lesson}` });

    add('Använd musen').focus();
    await user.keyboard('{Enter}');
    add('Hitta en webbsida').focus();
    await user.keyboard(' ');
    expect(planTitles()).toEqual(['Använd musen', 'Hitta en webbsida']);
    expect(screen.getByText('Använd musen finns i planen')).toBeInTheDocument();

    const moveUp = screen.getByRole('button', { name: 'Flytta upp Hitta en webbsida' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    expect(planTitles()).toEqual(['Hitta en webbsida', 'Använd musen']);
    // At the top Move up cannot be pressed: the keyboard stays with the lesson, on its Move down.
    expect(screen.getByRole('button', { name: 'Flytta upp Hitta en webbsida' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Flytta ner Hitta en webbsida' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(planTitles()).toEqual(['Använd musen', 'Hitta en webbsida']);
    expect(localStorage.getItem(classPlanKey)).toBe('use-the-mouse,find-a-web-page');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('says how long the lessons take together', async () => {
    localStorage.setItem(classPlanKey, 'use-the-mouse');
    await renderApp('/sv/instructor/plan/');
    expect(await within(await screen.findByRole('region', { name: 'Din plan' })).findByText('Sammanlagt cirka 10 minuter.')).toBeInTheDocument();
  });

  it('removes a lesson', async () => {
    localStorage.setItem(classPlanKey, 'use-the-mouse,find-a-web-page');
    const { user } = await renderApp('/sv/instructor/plan/');
    await user.click(await screen.findByRole('button', { name: 'Ta bort Använd musen' }));
    expect(planTitles()).toEqual(['Hitta en webbsida']);
    expect(localStorage.getItem(classPlanKey)).toBe('find-a-web-page');
  });

  it('is shared as a link that opens the same lessons in the same order on a learner’s start page', async () => {
    localStorage.setItem(classPlanKey, 'find-a-web-page,use-the-mouse');
    const first = await renderApp('/sv/instructor/plan/');
    const share = await screen.findByRole('region', { name: 'Dela med deltagarna' });
    const link = within(share).getByRole('link').getAttribute('href') ?? '';
    expect(link).toMatch(/\/sv\/instructor\/class\/#lessons=find-a-web-page,use-the-mouse$/);
    expect(await within(share).findByRole('img', { name: 'QR-kod med länken till dagens kurs' })).toBeInTheDocument();
    first.unmount();

    // The learner's computer: nothing stored, the link opened.
    localStorage.clear();
    window.location.hash = new URL(link).hash;
    const second = await renderApp('/sv/instructor/class/');
    expect(await screen.findByText('Dagens kurs finns nu på startsidan.')).toBeInTheDocument();
    expect(localStorage.getItem(todaysClassKey)).toBe('find-a-web-page,use-the-mouse');
    second.unmount();

    await renderApp('/sv/');
    const today = await screen.findByRole('region', { name: 'Dagens kurs' });
    expect(within(today).getAllByRole('link').map((anchor) => [anchor.textContent, anchor.getAttribute('href')])).toEqual([
      ['Hitta en webbsida', '/sv/lesson/find-a-web-page/1/'],
      ['Använd musen', '/sv/lesson/use-the-mouse/1/'],
    ]);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('offers to print the plan only once it has lessons', async () => {
    await renderApp('/sv/instructor/plan/');
    expect(screen.getByText('Lägg till lektioner först. Sedan kan du skriva ut planen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skriv ut planen' })).not.toBeInTheDocument();
  });

  it('shows each lesson’s place on the session’s clock, from 0:00 or from the time the class starts', async () => {
    // Hitta en webbsida 10 min, Använd tangentbordet 5 min, Använd musen 10 min.
    localStorage.setItem(classPlanKey, 'find-a-web-page,use-the-keyboard,use-the-mouse');
    const { user } = await renderApp('/sv/instructor/plan/');
    await screen.findByRole('button', { name: 'Skriv ut planen' });
    const clocks = () => within(planList()).getAllByRole('listitem').map((item) => item.querySelector('.plan-item-minutes')?.textContent);
    expect(clocks()).toEqual([' · 0:00–0:10 · cirka 10 minuter', ' · 0:10–0:15 · cirka 5 minuter', ' · 0:15–0:25 · cirka 10 minuter']);
    expect(within(screen.getByRole('region', { name: 'Din plan' })).getByText('Sammanlagt cirka 25 minuter.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Börjar kl.'), '09:50');
    expect(clocks()).toEqual([' · 9:50–10:00 · cirka 10 minuter', ' · 10:00–10:05 · cirka 5 minuter', ' · 10:05–10:15 · cirka 10 minuter']);
    // Not kept: only the lessons are stored.
    expect(localStorage.getItem(classPlanKey)).toBe('find-a-web-page,use-the-keyboard,use-the-mouse');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('prints each lesson with its module, its clock and the instructor’s notes, and the link as text', async () => {
    localStorage.setItem(classPlanKey, 'use-the-mouse,find-a-web-page');
    await renderApp('/sv/instructor/plan/');
    // On paper only (instructor.css): jsdom applies no print styles, so it is in the document here.
    const printout = document.querySelector<HTMLElement>('.plan-printout');
    if (!printout) throw new Error('No printout');
    const lessons = () => Array.from(printout.querySelectorAll('.plan-printout-lesson'));
    expect(lessons().map((lesson) => lesson.querySelector('h3')?.textContent)).toEqual(['Använd musen', 'Hitta en webbsida']);
    expect(lessons()[0]?.querySelector('.plan-printout-meta')?.textContent).toMatch(/^0:00–0:10 · cirka 10 minuter · Modul: /);
    expect(lessons()[1]?.querySelector('.plan-printout-meta')?.textContent).toMatch(/^0:10–0:20 · /);
    const first = within(lessons()[0] as HTMLElement);
    expect(await first.findByText('En mus till varje deltagare.')).toBeInTheDocument();
    expect(first.getByText('Musen tar slut på bordet.')).toBeInTheDocument();
    expect(first.getByText('Har du använt en mus förut?')).toBeInTheDocument();
    expect(await first.findByText('Du kan klicka.')).toBeInTheDocument();
    expect(first.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Mål',
      'Förbered och ta med',
      'Det här brukar vara svårt',
      'Frågor att prata om',
    ]);
    expect(within(printout).getByText('Sammanlagt cirka 20 minuter.')).toBeInTheDocument();
    expect(printout.querySelector('.plan-link')?.textContent).toMatch(/\/sv\/instructor\/class\/#lessons=use-the-mouse,find-a-web-page$/);
    expect(within(printout).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is not on the start page of a computer that never opened a class’s link', async () => {
    const { seams } = progressStoreWith({ 'sv/use-the-mouse': startedAt(2) });
    await renderApp('/sv/', seams);
    // The start page looks for a class's link and reads the progress kept here in the same turn, after it renders:
    // once the progress shows, the link was looked for, and found none.
    await screen.findByRole('region', { name: 'Fortsätt där du slutade' });
    expect(screen.queryByRole('region', { name: 'Dagens kurs' })).not.toBeInTheDocument();
  });
});
