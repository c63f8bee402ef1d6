/** The glossary, the accessibility statement and the privacy page: one chunk, loaded when one of them is opened. */
export { loadGlossary, loadSitePage } from '../../content/page-content.ts';
export { GlossaryPage } from './glossary-page.tsx';
export { AccessibilityPage, PrivacyPage } from './site-page.tsx';
