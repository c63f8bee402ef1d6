/**
 * Every page but the start page: one chunk, loaded when one of them is
 * opened, so the start page's download stays small. One chunk rather than
 * one per page: moving on from a module page to its first lesson then needs
 * no further download, and the bundler does not split the start page's code
 * into more files. The display settings' panel is here too, for the same
 * reason, though it opens on any page.
 */
export { EraseDialog, KioskCodeNote } from '../erase-dialog.tsx';
export { AboutPage } from './about-page.tsx';
export { GlossaryPage, loadGlossary } from './glossary-page.tsx';
export { LessonDonePage } from './lesson-done-page.tsx';
export { LessonStepPage } from './lesson-step-page.tsx';
export { ModulePage } from './module-page.tsx';
export { MyProgressPage } from './my-progress-page.tsx';
export { AccessibilityPage, PrivacyPage, loadSitePage } from './site-page.tsx';
export { TakeHomePage } from './take-home-page.tsx';
export { settingsPanelFor } from '../../settings/settings-panel.tsx';
