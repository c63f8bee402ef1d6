/**
 * Every page but the start page and a lesson's pages: one chunk, loaded when
 * one of them is opened, so the start page's download stays small. One chunk
 * rather than one per page: moving between these pages then needs no further
 * download.
 */
export { AboutPage } from '../../site/about-page.tsx';
export { CertificatePage } from '../../certificate/certificate-page.tsx';
export { GlossaryPage, loadGlossary } from '../../glossary/glossary-page.tsx';
export { ModulePage } from '../../course/module-page.tsx';
export { MyProgressPage } from '../../progress/my-progress-page.tsx';
export { AccessibilityPage, PrivacyPage, loadSitePage } from '../../site/site-page.tsx';
export { TakeHomePage } from '../../progress/take-home-page.tsx';
