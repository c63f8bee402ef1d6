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

/** The lesson a path (without the base) shows, and whether it is the "lesson done" page. */
export function lessonOfPath(pathname: string): { lessonId: string; done: boolean } | undefined {
  const match = /^\/[a-z]{2}\/lesson\/([a-z0-9-]+)\/(done\/)?/.exec(pathname);
  return match?.[1] ? { lessonId: match[1], done: match[2] !== undefined } : undefined;
}
