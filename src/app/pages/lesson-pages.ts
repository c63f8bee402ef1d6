/**
 * The pages that show a lesson, My progress and the display settings' panel: one chunk, loaded when
 * one of them is opened. The panel is here, not in a chunk of its own: a second lazily loaded chunk
 * that uses React makes the bundler move React out of the start page's chunk into a shared one,
 * which costs the start page about 0.6 kB gzip more than the panel weighs.
 */
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
export { MyProgressPage } from './my-progress-page.tsx';
export { settingsPanelFor } from '../../settings/settings-panel.tsx';
