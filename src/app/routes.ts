/**
 * Every address in Nätvana, in one place. Each ends in a slash because each
 * is prerendered as a folder with an index.html, which any static web server
 * can serve without rewrite rules.
 */
import type { UiLanguage } from '../i18n/languages.ts';

export const paths = {
  start: (language: UiLanguage) => `/${language}/`,
  module: (language: UiLanguage, moduleId: string) => `/${language}/module/${moduleId}/`,
  /** `step` counts from 1, as the learner sees it. */
  lessonStep: (language: UiLanguage, lessonId: string, step: number) => `/${language}/lesson/${lessonId}/${step}/`,
  lessonDone: (language: UiLanguage, lessonId: string) => `/${language}/lesson/${lessonId}/done/`,
  about: (language: UiLanguage) => `/${language}/about/`,
};

/** The same patterns for react-router, under the `:lang` segment. */
export const routePatterns = {
  language: ':lang',
  module: 'module/:moduleId',
  lessonStep: 'lesson/:lessonId/:step',
  lessonDone: 'lesson/:lessonId/done',
  about: 'about',
} as const;

/** The same page in another language: swaps the first segment of the path. */
export function pathInLanguage(pathname: string, language: UiLanguage): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return `/${language}${rest === '' ? '/' : rest}`;
}
