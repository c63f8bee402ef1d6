import { useEffect, useState } from 'react';
import { courseOutline } from 'virtual:natvana/course-outline';
import type { LessonLanguage } from '../i18n/languages.ts';
import { loadOnce, loadOncePerKey } from '../loading/index.ts';
import type { CompiledLesson, LessonIndex, LessonSummary, ModuleOutline, ModuleSummary } from './types.ts';

export { courseOutline };

/** What `virtual:natvana/lesson-index` exports. */
interface IndexModule {
  lessonIndex: LessonIndex;
}

/** The module a lesson language's loaders are built from, as the build's manifest names its chunk: a page with a lesson lists it. */
export function lessonLoadersChunkSource(language: LessonLanguage): string {
  return `virtual:natvana/lesson-loaders/${language}`;
}

type LessonLoaders = Record<string, () => Promise<{ default: CompiledLesson }>>;

/**
 * The way to each lesson's chunk, one small file per lesson language, apart
 * from the index: a lesson step downloads neither every lesson's title nor
 * the ways to the other language's lessons.
 */
const loaderFiles: Record<LessonLanguage, () => Promise<{ lessonLoaders: LessonLoaders }>> = {
  sv: () => import('virtual:natvana/lesson-loaders/sv'),
  en: () => import('virtual:natvana/lesson-loaders/en'),
};
const lessonLoaders = loadOncePerKey((language: LessonLanguage) => loaderFiles[language]().then((module) => module.lessonLoaders));

/** The module the lesson index's chunk is built from, as the build's manifest names it (see scripts/prerender.ts). */
export const lessonIndexChunkSource = 'virtual:natvana/lesson-index';

const fullIndex = loadOnce((): Promise<IndexModule> => import('virtual:natvana/lesson-index'));

/**
 * Downloads the lesson index (every lesson's title, summary and number of
 * steps), which grows with the course: it is not in the start page's
 * download, but comes with the other pages (routes.ts) or, on the start
 * page, once there is progress to show. Later calls share the download.
 */
export function loadLessonIndex(): Promise<LessonIndex> {
  return fullIndex.load().then((module) => module.lessonIndex);
}

/** True once the lesson index has been downloaded, so what reads it can render at once. */
export function lessonIndexLoaded(): boolean {
  return fullIndex.loaded() !== undefined;
}

function loadedIndex(): IndexModule {
  const index = fullIndex.loaded();
  if (!index) throw new Error('The lesson index is not loaded yet: a page that reads it must wait for loadLessonIndex(), as the other pages’ chunk does.');
  return index;
}

/** The modules (always there) and the lessons of each language (once loadLessonIndex() has resolved). */
export const lessonIndex: LessonIndex = {
  modules: courseOutline.modules,
  get lessons() {
    return loadedIndex().lessonIndex.lessons;
  },
};

/** A module's number of lessons and minutes in a lesson language, from the outline: no need for the lesson index. */
export function moduleOutline(language: LessonLanguage, moduleId: string): ModuleOutline {
  return courseOutline.lessons[language][moduleId] ?? { lessons: 0, minutes: 0 };
}

/** The module a lesson's chunk is built from, as the build's manifest names it (see scripts/prerender.ts). */
export function lessonChunkSource(language: LessonLanguage, lessonId: string): string {
  return `virtual:natvana/lesson/${language}/${lessonId}`;
}

const cache = new Map<string, CompiledLesson>();
const missing = new Set<string>();
export const keyOf = (language: LessonLanguage, lessonId: string) => `${language}/${lessonId}`;

export function findModule(moduleId: string | undefined): ModuleSummary | undefined {
  return courseOutline.modules.find((module) => module.id === moduleId);
}

export function lessonsOfModule(language: LessonLanguage, moduleId: string): LessonSummary[] {
  return lessonIndex.lessons[language].filter((lesson) => lesson.module === moduleId);
}

export function findLessonSummary(language: LessonLanguage, lessonId: string | undefined): LessonSummary | undefined {
  return lessonIndex.lessons[language].find((lesson) => lesson.id === lessonId);
}

/** The lesson after this one: the next in its module, or the first of the next module. */
export function nextLessonAfter(language: LessonLanguage, lessonId: string): LessonSummary | undefined {
  const lessons = lessonIndex.lessons[language];
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  return index === -1 ? undefined : lessons[index + 1];
}

/** Loads a lesson's own chunk. Resolves to undefined if there is no such lesson. */
export async function loadLesson(language: LessonLanguage, lessonId: string): Promise<CompiledLesson | undefined> {
  const key = keyOf(language, lessonId);
  const cached = cache.get(key);
  if (cached) return cached;
  const loader = (await lessonLoaders.load(language))[lessonId];
  if (!loader) {
    // Known to be missing: a page for it shows "not found" at once, with no loading state.
    missing.add(key);
    return undefined;
  }
  const lesson = (await loader()).default;
  cache.set(key, lesson);
  return lesson;
}

export type LessonState =
  | { status: 'ready'; lesson: CompiledLesson }
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; retry: () => void };

/**
 * The lesson for a page. Renders from the cache when the lesson was loaded
 * before hydration, so the prerendered HTML and the first render agree.
 */
export function useLesson(language: LessonLanguage, lessonId: string): LessonState {
  const key = keyOf(language, lessonId);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; attempt: number; state: LessonState } | undefined>(undefined);
  const cached = cache.get(key);

  useEffect(() => {
    if (cache.has(key) || missing.has(key)) return;
    let current = true;
    loadLesson(language, lessonId).then(
      (lesson) => {
        if (current) setLoaded({ key, attempt, state: lesson ? { status: 'ready', lesson } : { status: 'missing' } });
      },
      () => {
        if (current) setLoaded({ key, attempt, state: { status: 'failed', retry: () => setAttempt((n) => n + 1) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, language, lessonId, attempt]);

  if (cached) return { status: 'ready', lesson: cached };
  if (missing.has(key)) return { status: 'missing' };
  if (loaded?.key === key && loaded.attempt === attempt) return loaded.state;
  return { status: 'loading' };
}
