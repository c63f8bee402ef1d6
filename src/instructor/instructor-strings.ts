import { i18nFor, type UiLanguage } from '../i18n/index.ts';
import { type EagerStringsFiles, addStrings, withFallback } from '../i18n/strings-files.ts';

/*
 * The `instructor` namespace is part of the instructor tools' chunk, in every
 * language, not of a language's strings: neither the start page nor a
 * learner's lesson step downloads it, and the route table needs no words
 * about it (the start page's download is at its budget).
 */
const bundles: EagerStringsFiles = import.meta.glob('../i18n/locales/*/instructor.json', { eager: true, import: 'default' });

/**
 * Adds the instructor strings of a language, and Swedish (the fallback), to
 * its i18next instance, once; false while the instance is not there yet (its
 * first strings are still downloading). Safe to call while rendering: it does
 * the same on the server and in the browser.
 */
export function withInstructorStringsIn(language: UiLanguage): boolean {
  const instance = i18nFor(language);
  if (!instance) return false;
  addStrings(instance, 'instructor', withFallback(language), bundles);
  return true;
}
