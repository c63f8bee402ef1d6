// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSeams } from '../../src/app/app-seams.tsx';
import { paths } from '../../src/paths/index.ts';
import { lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import { progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

const lesson = lessonIndex.lessons.sv.find((candidate) => candidate.stepCount >= 2);
if (!lesson) throw new Error('The test lessons have no Swedish lesson of two steps or more.');

describe('the progress seam', () => {
  it('gives the lesson pages the progress store’s own events', () => {
    expect(defaultSeams.lessonEvents).toBe(defaultSeams.progress.lessonEvents);
  });

  it('keeps the step a learner reaches and the lesson they finish', async () => {
    const { store: progress, seams } = progressStoreWith();
    const { user } = await renderApp(paths.lessonStep('sv', lesson.id, 1), seams);
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    await screen.findByText(`Steg 2 av ${lesson.stepCount}`);
    expect(progress.getSnapshot().progress.lessons[`sv/${lesson.id}`]).toMatchObject({ status: 'started', stepNumber: 2, furthestStep: 2 });
  });

  it('marks the lesson done on its done page, once the learner has been through its steps', async () => {
    const { store: progress, seams } = progressStoreWith();
    for (let step = 1; step <= lesson.stepCount; step++) {
      progress.lessonEvents.stepShown({ lessonId: lesson.id, lang: 'sv', stepId: `step-${step}`, stepNumber: step, stepCount: lesson.stepCount });
    }
    await renderApp(paths.lessonDone('sv', lesson.id), seams);
    expect(progress.getSnapshot().progress.lessons[`sv/${lesson.id}`]?.status).toBe('done');
  });

  it('does not mark a lesson done when its done page is opened from a link, without its steps', async () => {
    const { store: progress, seams } = progressStoreWith();
    await renderApp(paths.lessonDone('sv', lesson.id), seams);
    await screen.findByRole('heading', { level: 1 });
    expect(progress.getSnapshot().progress.lessons[`sv/${lesson.id}`]).toBeUndefined();
  });
});
