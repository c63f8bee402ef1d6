// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadWhatPageNeeds } from '../../src/app/routes.ts';
import { paths } from '../../src/paths/index.ts';
import { findModule, lessonIndex, lessonsOfModule, loadLessonIndex } from '../../src/content/index.ts';
import type { LessonProgress } from '../../src/progress/index.ts';
import { finished as done, startedAt as inProgress, progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';
import { axeViolations, describeViolations } from '../helpers/axe.ts';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

async function expectNoAxeViolations(container: Element): Promise<void> {
  expect(describeViolations(await axeViolations(container))).toEqual([]);
}

// Any lesson of two steps or more, and its module, from whatever lessons the build has.
const lesson = lessonIndex.lessons.sv.find((candidate) => candidate.stepCount >= 2);
if (!lesson) throw new Error('The test lessons have no Swedish lesson of two steps or more.');
const module = findModule(lesson.module);
if (!module) throw new Error(`The lesson ${lesson.id} has no module.`);
const moduleLessons = lessonsOfModule('sv', module.id);


const doneText = (doneCount: number, total: number) => `${doneCount} av ${total} ${total === 1 ? 'lektion klar' : 'lektioner klara'}`;

describe('progress on the start page', () => {
  it('offers to continue the lesson the learner was in, at the step they were on', async () => {
    const { seams } = progressStoreWith({ [`sv/${lesson.id}`]: inProgress(2) });
    await renderApp('/sv/', seams);
    const section = await screen.findByRole('region', { name: 'Fortsätt där du slutade' });
    expect(within(section).getByText(lesson.title)).toBeInTheDocument();
    expect(within(section).getByText(`Steg 2 av ${lesson.stepCount}`, { exact: false })).toHaveTextContent(module.title.sv);
    expect(within(section).getByRole('link', { name: 'Fortsätt lektionen' })).toHaveAttribute('href', paths.lessonStep('sv', lesson.id, 2));
    await expectNoAxeViolations(document.body);
  });

  it('goes to that step when followed', async () => {
    const { seams } = progressStoreWith({ [`sv/${lesson.id}`]: inProgress(2) });
    const { user } = await renderApp('/sv/', seams);
    // The lesson's pages are a chunk of their own: downloaded here first, so the test waits for no download.
    await loadWhatPageNeeds(paths.lessonStep('sv', lesson.id, 2));
    await user.click(await screen.findByRole('link', { name: 'Fortsätt lektionen' }));
    expect(await screen.findByText(`Steg 2 av ${lesson.stepCount}`)).toBeInTheDocument();
  });

  it('offers nothing to continue when nothing is started, or all started lessons are done', async () => {
    await renderApp('/sv/', progressStoreWith({}).seams);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Fortsätt där du slutade' })).not.toBeInTheDocument();
  });

  it('counts the lessons done in each module on its tile', async () => {
    const { seams } = progressStoreWith({ [`sv/${lesson.id}`]: done });
    await renderApp('/sv/', seams);
    const heading = screen.getByRole('heading', { level: 3, name: module.title.sv });
    const tile = heading.closest('li');
    if (!tile) throw new Error('The module heading is not in a tile.');
    expect(await within(tile).findByText(doneText(1, moduleLessons.length))).toBeInTheDocument();
  });

  it('shows no progress in the first render, before storage is read (as the prerendered page)', async () => {
    const { renderToString } = await import('react-dom/server');
    const { StaticRouter } = await import('react-router');
    const { App } = await import('../../src/app/app.tsx');
    const { seams } = progressStoreWith({ [`sv/${lesson.id}`]: inProgress(2) });
    const html = renderToString(
      <StaticRouter location="/sv/">
        <App seams={seams} />
      </StaticRouter>,
    );
    expect(html).toContain('Lär dig använda internet');
    expect(html).not.toContain('Fortsätt där du slutade');
  });
});

describe('progress on the module page', () => {
  it('says each lesson’s state: not started, started at a step, done', async () => {
    const [first, second] = moduleLessons;
    const lessons: Record<string, LessonProgress> = {};
    if (first) lessons[`sv/${first.id}`] = done;
    if (second) lessons[`sv/${second.id}`] = inProgress(Math.min(2, second.stepCount));
    await renderApp(paths.module('sv', module.id), progressStoreWith(lessons).seams);
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('lesson-item'));
    expect(await within(items[0] as HTMLElement).findByText('Klar')).toBeInTheDocument();
    if (second) expect(within(items[1] as HTMLElement).getByText(`Påbörjad. Du är på steg ${Math.min(2, second.stepCount)} av ${second.stepCount}.`)).toBeInTheDocument();
    for (const item of items.slice(2)) expect(within(item).getByText('Inte påbörjad')).toBeInTheDocument();
  });
});

describe('the notices about stored progress', () => {
  it('says, when stored progress cannot be read, that it was put aside, and the page works', async () => {
    const { storage, seams } = progressStoreWith('}}} not progress');
    await renderApp('/sv/', seams);
    // By its region: the same words are also said once in the announcer's live region.
    expect(
      await screen.findByRole('region', { name: 'Vi kunde inte läsa dina sparade framsteg. De har lagts åt sidan. Du kan fortsätta som vanligt.' }),
    ).toBeInTheDocument();
    expect([...storage.data.values()]).toContain('}}} not progress');
    expect(screen.getByRole('heading', { level: 1, name: 'Lär dig använda internet' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('says when this computer will not keep progress, and goes away when dismissed, with focus on the page', async () => {
    const { seams } = progressStoreWith(undefined, { keepsNothing: true });
    const { user } = await renderApp('/sv/', seams);
    const text = 'Den här datorn sparar inte dina framsteg. De försvinner när du stänger webbläsaren.';
    const notice = await screen.findByRole('region', { name: text });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Jag förstår' }));
    expect(screen.queryByRole('region', { name: text })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.getElementById('main'));
  });

  it('is in English on English pages', async () => {
    await renderApp('/en/', progressStoreWith('garbage').seams);
    expect(await screen.findByRole('region', { name: 'We could not read your saved progress. It has been put aside. You can go on as usual.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I understand' })).toBeInTheDocument();
  });
});

describe('the My progress page', () => {
  it('is reached from the main menu and says, per module and lesson, what is done', async () => {
    const { seams } = progressStoreWith({ [`sv/${lesson.id}`]: done });
    const { user } = await renderApp('/sv/', seams);
    await user.click(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Mina framsteg' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mina framsteg' })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: module.title.sv });
    expect(await within(section).findByText(doneText(1, moduleLessons.length))).toBeInTheDocument();
    const item = within(section).getByRole('link', { name: lesson.title }).closest('li');
    if (!item) throw new Error('The lesson is not in a list item.');
    expect(within(item).getByText('Klar')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });
});
