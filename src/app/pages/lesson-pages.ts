/**
 * A lesson's pages: its steps and its done page, in one chunk, so moving on
 * through a lesson and finishing it needs no further download. Nothing else
 * is here: a learner who opens a lesson from the start page downloads the
 * player and nothing of the other pages (taking progress home, the glossary,
 * the site's own pages).
 */
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
