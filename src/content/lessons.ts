import { useEffect, useState } from 'react';
import { lessonIndex, lessonLoaders } from 'virtual:natvana/lesson-index';
import type { LessonLanguage } from '../i18n/languages.ts';
import type { CompiledLesson, LessonSummary, ModuleSummary } from './types.ts';

export { lessonIndex };

/** The module a lesson's chunk is built from, as the build's manifest names it (see scripts/prerender.ts). */
export function lessonChunkSource(language: LessonLanguage, lessonId: string): string {
  return `virtual:natvana/lesson/${language}/${lessonId}`;
}

const cache = new Map<string, CompiledLesson>();
export const keyOf = (language: LessonLanguage, lessonId: string) => `${language}/${lessonId}`;

export function findModule(moduleId: string | undefined): ModuleSummary | undefined {
  return lessonIndex.modules.find((module) => module.id === moduleId);
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
  const loader = lessonLoaders[key];
  if (!loader) return undefined;
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
    if (cache.has(key)) return;
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
  if (loaded?.key === key && loaded.attempt === attempt) return loaded.state;
  return { status: 'loading' };
}
