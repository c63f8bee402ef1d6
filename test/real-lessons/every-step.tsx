import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lessonIndex, loadLesson, loadLessonIndex } from '../../src/content/index.ts';
import type { LessonLanguage } from '../../src/i18n/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { finished, progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

/** "Steg 2 av 7" in the interface language of the lesson. */
const stepCount = { sv: (step: number, total: number) => `Steg ${step} av ${total}`, en: (step: number, total: number) => `Step ${step} of ${total}` };

/**
 * Renders every step and the done page of every real lesson in `language`,
 * in the whole app as the learner gets it, and runs axe on each. It checks
 * properties only (the step's own title in the one h1, the step count, no
 * violations), so a lesson may change its words or its length freely.
 */
export function describeEveryStepOfTheRealLessons(language: LessonLanguage): void {
  const lessons = lessonIndex.lessons[language];

  describe(`the real lessons in ${language}`, () => {
    it('are there, in the same lessons as in every other language', () => {
      expect(lessons.length).toBeGreaterThan(0);
      for (const other of Object.values(lessonIndex.lessons)) {
        expect(other.map((lesson) => lesson.id)).toEqual(lessons.map((lesson) => lesson.id));
      }
    });

    describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s', (lessonId, summary) => {
      const steps = Array.from({ length: summary.stepCount }, (_, index) => index + 1);

      it.each(steps)(`renders step %i of ${summary.stepCount} with its title as the h1 and no axe violations`, async (step) => {
        const lesson = await loadLesson(language, lessonId);
        expect(lesson?.steps).toHaveLength(summary.stepCount);
        const { container } = await renderApp(`/${language}/lesson/${lessonId}/${step}/`);
        const title = lesson?.steps[step - 1]?.title ?? '(no title)';
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
        expect(screen.getByText(stepCount[language](step, summary.stepCount))).toBeInTheDocument();
        expect(screen.getByRole('article', { name: title })).toBeInTheDocument();
        expect(describeViolations(await axeViolations(container))).toEqual([]);
      });

      it('renders its done page with its objectives and no axe violations', async () => {
        const lesson = await loadLesson(language, lessonId);
        // As a learner who went through the lesson's steps meets it.
        const { container } = await renderApp(`/${language}/lesson/${lessonId}/done/`, progressStoreWith({ [`${language}/${lessonId}`]: finished }).seams);
        expect(lesson?.objectives.length).toBeGreaterThan(0);
        for (const objective of lesson?.objectives ?? []) expect(screen.getByText(objective)).toBeInTheDocument();
        expect(describeViolations(await axeViolations(container))).toEqual([]);
      });
    });
  });
}
