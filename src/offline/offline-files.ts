/**
 * The lesson files kept on this computer for use without the internet, in
 * the browser's Cache Storage (the cache the service worker answers lesson
 * files from; scripts/service-worker.ts). The build lists each lesson's files
 * per interface language in `offline/<language>.json` (scripts/offline/plan.ts).
 * Called only from effects and event handlers: nothing here runs while
 * prerendering.
 */
import type { UiLanguage } from '../i18n/index.ts';
import { loadOncePerKey } from '../loading/index.ts';
import { answerFitsFile } from './answer-fits-file.ts';
import type { OfflineList } from './offline-list.ts';

export type { OfflineList, OfflineScope } from './offline-list.ts';

/** The cache the service worker keeps lesson files in, and answers them from. */
export const lessonCacheName = 'natvana-lessons';

const base = () => import.meta.env.BASE_URL;
const urlOf = (file: string) => `${base()}${file}`;

/** True where lessons can be kept: a browser with Cache Storage and a service worker to answer from it. */
export function canKeepOffline(): boolean {
  return typeof caches !== 'undefined' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

// A list that failed to download (offline, a server error) is forgotten, so the next call asks again.
const lists = loadOncePerKey((language: UiLanguage) =>
  fetch(urlOf(`offline/${language}.json`)).then((response) => {
    if (!response.ok) throw new Error(`offline/${language}.json: ${response.status}`);
    return response.json() as Promise<OfflineList>;
  }),
);

/** The language's offline list (the service worker keeps a copy, so it can be read without the internet too). */
export function offlineList(language: UiLanguage): Promise<OfflineList> {
  return lists.load(language);
}

async function has(cache: Cache, file: string): Promise<boolean> {
  return (await cache.match(urlOf(file))) !== undefined;
}

/** The lessons of the list whose every file is kept on this computer. */
export async function savedLessonIds(list: OfflineList): Promise<Set<string>> {
  const cache = await caches.open(lessonCacheName);
  const saved = new Set<string>();
  for (const [lessonId, files] of Object.entries(list.lessons)) {
    const kept = await Promise.all((files ?? []).map((file) => has(cache, file)));
    if (kept.every(Boolean)) saved.add(lessonId);
  }
  return saved;
}

/** Keeps the files of the lessons, one lesson after another, telling how many are kept so far. */
export async function saveLessons(list: OfflineList, lessonIds: readonly string[], onProgress: (saved: number) => void): Promise<void> {
  const cache = await caches.open(lessonCacheName);
  let saved = 0;
  for (const lessonId of lessonIds) {
    const files = list.lessons[lessonId] ?? [];
    const missing = (await Promise.all(files.map(async (file) => ((await has(cache, file)) ? undefined : file)))).filter((file) => file !== undefined);
    if (missing.length > 0) await cache.addAll(missing.map(urlOf));
    saved += 1;
    onProgress(saved);
  }
}

/** Removes every kept lesson file from this computer: this version's, an older version's, every language's. */
export async function removeEveryLessonFile(): Promise<void> {
  await caches.delete(lessonCacheName);
}

/**
 * Removes every kept answer that cannot be the file it is kept as (a host's
 * page kept before the service worker checked), so that trying again fetches
 * a fresh copy. Quietly does nothing where there is no Cache Storage.
 */
export async function dropAnswersThatDoNotFit(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(lessonCacheName);
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response || !answerFitsFile(new URL(request.url).pathname, response.headers.get('content-type'))) await cache.delete(request);
  }
}

/**
 * Keeps a lesson with every picture of every step (the service worker has
 * kept only what the open step showed), so it works without the internet
 * from then on. Quietly does nothing where it cannot. See keep-opened-lesson.ts.
 */
export function keepLesson(language: UiLanguage, lessonId: string): void {
  offlineList(language)
    .then((list) => saveLessons(list, [lessonId], () => undefined))
    .catch(() => undefined);
}
