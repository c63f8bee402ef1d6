// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSeams } from '../../src/app/app-seams.tsx';
import { instructorViewKey } from '../../src/instructor/view-flag.ts';
import { axeViolations } from '../helpers/axe.ts';
import { recordingEvents } from '../helpers/recording-events.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lesson use-the-mouse (test/fixtures/lessons-app) has notes on its first and last steps
// and an overview in its front matter; use-the-keyboard has none.
const noteText = 'Låt alla känna på musen först.';

afterEach(() => localStorage.clear());

describe('instructor view', () => {
  it('is off at first: a lesson step shows no notes', async () => {
    const lessonEvents = recordingEvents();
    await renderApp('/sv/lesson/use-the-mouse/1/', { ...defaultSeams, lessonEvents });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    // The step decides on the notes in the same turn as it reports being shown: once it has, nothing more comes.
    await vi.waitFor(() => expect(lessonEvents.calls.map(([event]) => event)).toContain('stepShown'));
    expect(screen.queryByText(noteText)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Till kursledaren' })).not.toBeInTheDocument();
  });

  it('is switched on from the instructors’ page and remembered on this computer', async () => {
    const { user } = await renderApp('/sv/instructor/');
    const toggle = screen.getByRole('switch', { name: 'Visa anteckningar för kursledare' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(localStorage.getItem(instructorViewKey)).toBe('on');
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(localStorage.getItem(instructorViewKey)).toBeNull();
  });

  it('shows the step’s notes inside the step when it is on', async () => {
    localStorage.setItem(instructorViewKey, 'on');
    await renderApp('/sv/lesson/use-the-mouse/1/');
    const notes = await screen.findByRole('region', { name: 'Till kursledaren' });
    expect(await within(notes).findByText(noteText)).toBeInTheDocument();
    expect(within(screen.getByRole('article')).getByRole('region', { name: 'Till kursledaren' })).toBe(notes);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('says so on a step without notes', async () => {
    localStorage.setItem(instructorViewKey, 'on');
    await renderApp('/sv/lesson/use-the-mouse/2/');
    const notes = await screen.findByRole('region', { name: 'Till kursledaren' });
    expect(await within(notes).findByText('Inga anteckningar till det här steget.')).toBeInTheDocument();
  });

  it('is turned off from the step, and the notes go', async () => {
    localStorage.setItem(instructorViewKey, 'on');
    const { user } = await renderApp('/sv/lesson/use-the-mouse/1/');
    await user.click(await screen.findByRole('button', { name: 'Stäng av kursledarläget' }));
    expect(screen.queryByRole('region', { name: 'Till kursledaren' })).not.toBeInTheDocument();
    expect(localStorage.getItem(instructorViewKey)).toBeNull();
  });
});

describe('a lesson’s overview for instructors', () => {
  it('has the goals, the time, the preparation, what learners stumble over, the questions and the steps with their notes', async () => {
    await renderApp('/sv/instructor/lesson/use-the-mouse/');
    expect(screen.getByRole('heading', { level: 1, name: 'Använd musen' })).toBeInTheDocument();
    const section = (name: string) => screen.getByRole('region', { name });
    expect(within(section('Mål')).getByText('Du kan klicka.')).toBeInTheDocument();
    expect(within(section('Tid')).getByText('Cirka 10 minuter.')).toBeInTheDocument();
    expect(await within(section('Förbered och ta med')).findByText('En mus till varje deltagare.')).toBeInTheDocument();
    expect(within(section('Det här brukar vara svårt')).getByText('Musen tar slut på bordet.')).toBeInTheDocument();
    expect(within(section('Frågor att prata om')).getByText('Har du använt en mus förut?')).toBeInTheDocument();
    const steps = within(section('Stegen')).getAllByRole('heading', { level: 3 });
    expect(steps.map((heading) => heading.textContent)).toEqual(['Musen styr pilen', 'Klicka', 'Peka och klicka', 'Testa dig själv']);
    expect(within(section('Stegen')).getByText(noteText)).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('says honestly what a lesson without notes lacks', async () => {
    await renderApp('/sv/instructor/lesson/use-the-keyboard/');
    const preparation = screen.getByRole('region', { name: 'Förbered och ta med' });
    expect(await within(preparation).findByText('Inget skrivet om det här för lektionen.')).toBeInTheDocument();
  });

  it('is listed on the instructors’ page for every lesson', async () => {
    await renderApp('/sv/instructor/');
    expect(screen.getByRole('link', { name: 'Använd musen' })).toHaveAttribute('href', '/sv/instructor/lesson/use-the-mouse/');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
