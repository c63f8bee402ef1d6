/**
 * A lesson's done page, in a chunk of its own: a learner downloads it once a
 * lesson's last step is shown (see chunks/lesson-pages.ts), so the steps
 * before it carry none of it.
 *
 * It builds on the steps' chunk, which a learner has by then: the parts both
 * draw (the breadcrumbs, the load problem, the buttons) stay in that chunk
 * instead of becoming small files of their own that every step would fetch.
 */
export { lessonStepPageWith } from './lesson-pages.ts';
export { LessonDonePage } from '../../lesson/lesson-done-page.tsx';
