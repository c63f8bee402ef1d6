/** The pages that show a lesson, and My progress: one chunk, loaded when one of them is opened. */
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
export { MyProgressPage } from './my-progress-page.tsx';
