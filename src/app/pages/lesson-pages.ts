/** The pages that show a lesson: one chunk, loaded when a lesson is opened. */
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
