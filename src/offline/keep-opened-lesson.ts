import type { UiLanguage } from '../i18n/index.ts';

/**
 * Keeps a lesson once it is opened, so it works without the internet from
 * then on. Only where a service worker answers this page (not on a first
 * visit), and the code that keeps it downloads only then: a lesson step
 * carries this check alone. Called from an effect.
 */
export function keepOpenedLesson(language: UiLanguage, lessonId: string): void {
  if (typeof caches === 'undefined' || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  import('./offline-files.ts').then(
    (files) => files.keepLesson(language, lessonId),
    () => undefined,
  );
}
