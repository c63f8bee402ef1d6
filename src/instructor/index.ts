/*
 * What other features' pages need of the instructor's tools, without their
 * pages: whether instructor view is on (a lesson step then shows its notes)
 * and the notes' props. The pages themselves are in the app's instructor
 * chunk (app/chunks/instructor-pages.ts), whose loader the app hands to the
 * pages that download it.
 */
export { instructorViewOn } from './view-flag.ts';
export type { StepNotesProps } from './step-notes.tsx';
