// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSeams } from '../../src/app/app-seams.tsx';
import { paths } from '../../src/paths/index.ts';
import { lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import { recordingEvents } from '../helpers/recording-events.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

const [lesson] = lessonIndex.lessons.sv;
if (!lesson) throw new Error('The test lessons have no Swedish lesson.');


describe('the seams the app joins its features with', () => {
  it('tells what the app is given when a lesson step is shown, and again when the learner moves on', async () => {
    const events = recordingEvents();
    const { user } = await renderApp(paths.lessonStep('sv', lesson.id, 1), { ...defaultSeams, lessonEvents: events });
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    await screen.findByText(`Steg 2 av ${lesson.stepCount}`);
    const shown = events.calls.filter(([name]) => name === 'stepShown').map(([, event]) => event as { stepNumber: number; stepId: string });
    expect(shown.map((event) => event.stepNumber)).toContain(1);
    expect(shown.map((event) => event.stepNumber)).toContain(2);
    expect(new Set(shown.map((event) => event.stepId)).size).toBe(2);
  });

  it('tells when the learner reaches a lesson’s done page', async () => {
    const events = recordingEvents();
    await renderApp(paths.lessonDone('sv', lesson.id), { ...defaultSeams, lessonEvents: events });
    expect(events.calls).toContainEqual(['lessonFinished', { lessonId: lesson.id, lang: 'sv', stepCount: lesson.stepCount }]);
  });
});
