/*
 * Saving for offline, as other features' pages use it: the offer to save the
 * course (its code downloads only where it can work), a lesson that could not
 * load (saying so when it is not saved), and keeping a lesson once opened.
 */
export { keepOpenedLesson } from './keep-opened-lesson.ts';
export { LessonLoadProblem } from './lesson-load-problem.tsx';
export { SaveCourseSlot } from './save-course-slot.tsx';
