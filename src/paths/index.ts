/**
 * How to build every address in Nätvana: `paths.lessonStep('sv', 'what-is-email', 2)`.
 * A shared part, so any feature can link to any page without importing the
 * app. The route table (src/app/routes.ts) takes each route's address from
 * here and adds what only the app needs: its pattern, its chunk, its pages to
 * prerender. The type there asks for one route per address.
 *
 * Every address ends in a slash because each is prerendered as a folder with
 * an index.html, which any static web server can serve without rewrite rules.
 */
import { libraryConfig } from '../content/index.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/index.ts';

export const paths = {
  start: (language: UiLanguage) => `/${language}/`,
  module: (language: UiLanguage, moduleId: string) => `/${language}/module/${moduleId}/`,
  certificate: (language: UiLanguage, moduleId: string) => `/${language}/certificate/${moduleId}/`,
  lessonDone: (language: UiLanguage, lessonId: string) => `/${language}/lesson/${lessonId}/done/`,
  /** `step` counts from 1, as the learner sees it. */
  lessonStep: (language: UiLanguage, lessonId: string, step: number) => `/${language}/lesson/${lessonId}/${step}/`,
  myProgress: (language: UiLanguage) => `/${language}/progress/`,
  takeHome: (language: UiLanguage) => `/${language}/progress/take-home/`,
  about: (language: UiLanguage) => `/${language}/about/`,
  glossary: (language: UiLanguage) => `/${language}/glossary/`,
  accessibility: (language: UiLanguage) => `/${language}/accessibility/`,
  privacy: (language: UiLanguage) => `/${language}/privacy/`,
  presenter: (language: UiLanguage, lessonId: string, step: number) => `/${language}/instructor/present/${lessonId}/${step}/`,
  /** `path` is the page under /<lang>/instructor/, ending in a slash: `lesson/what-is-email/`. */
  instructor: (language: UiLanguage, path: string = '') => `/${language}/instructor/${path}`,
};

export type PathName = keyof typeof paths;

/** Where a word's entry is on the glossary page: the target of the links from words explained in lessons. */
export const glossaryEntryId = (termId: string) => `word-${termId}`;

/** The address of a word's entry on the glossary page. */
export const glossaryWordAddress = (language: UiLanguage, termId: string) => `${paths.glossary(language)}#${glossaryEntryId(termId)}`;

/** The interface language an address is shown in: its first segment, or the library's default language. */
export function languageOfPath(pathname: string): UiLanguage {
  const first = pathname.split('/')[1];
  return isUiLanguage(first) ? first : libraryConfig.defaultLanguage;
}

/** The same page in another language: swaps the first segment of the path. */
export function pathInLanguage(pathname: string, language: UiLanguage): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return `/${language}${rest === '' ? '/' : rest}`;
}
