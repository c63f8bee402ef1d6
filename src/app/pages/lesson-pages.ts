/**
 * The pages that show a lesson, My progress, Take your progress with you and
 * the erase dialog: one chunk, loaded when one of them is opened.
 */
export { EraseDialog, KioskCodeNote } from '../erase-dialog.tsx';
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
export { MyProgressPage } from './my-progress-page.tsx';
export { TakeHomePage } from './take-home-page.tsx';
