/**
 * Every page but the start page and a lesson's pages: one chunk, loaded when
 * one of them is opened, so the start page's download stays small. One chunk
 * rather than one per page: moving between these pages then needs no further
 * download.
 */
export { AboutPage } from './about-page.tsx';
export { CertificatePage } from './certificate-page.tsx';
export { GlossaryPage, loadGlossary } from './glossary-page.tsx';
export { ModulePage } from './module-page.tsx';
export { MyProgressPage } from '../../progress/my-progress-page.tsx';
export { AccessibilityPage, PrivacyPage, loadSitePage } from './site-page.tsx';
export { TakeHomePage } from '../../progress/take-home-page.tsx';
