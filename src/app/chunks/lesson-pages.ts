/**
 * A lesson's pages: its steps and its done page, in one chunk, so moving on
 * through a lesson and finishing it needs no further download. Nothing else
 * is here: a learner who opens a lesson from the start page downloads the
 * player and nothing of the other pages (taking progress home, the glossary,
 * the site's own pages).
 *
 * The practice kinds' registry (each kind's loader) comes with this chunk,
 * handed to the step page here, so the start page's download carries none of it.
 */
import { lessonStepPage } from '../../lesson/lesson-step-page.tsx';
import { practiceRegistry } from '../../practice/index.ts';
import { instructorPagesChunk } from '../instructor-pages-chunk.ts';

export { LessonDonePage } from '../../lesson/lesson-done-page.tsx';

export const LessonStepPage = lessonStepPage({
  practices: practiceRegistry,
  // The step notes come with the instructor's chunk, which a learner's step never downloads.
  loadStepNotes: (language) => instructorPagesChunk.load().then((pages) => (pages.withInstructorStringsIn(language) ? pages.StepNotes : undefined)),
});
