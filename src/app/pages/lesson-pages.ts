/** The pages that show a lesson, My progress, the glossary and the site pages: one chunk, loaded when one of them is opened (see routes.ts). */
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
export { MyProgressPage } from './my-progress-page.tsx';
export { GlossaryPage, loadGlossary } from './glossary-page.tsx';
export { AccessibilityPage, PrivacyPage, loadSitePage } from './site-page.tsx';
