/**
 * What the pages show of progress, derived from the stored lessons and the
 * lessons that exist now: nothing here is stored twice. Lessons that are no
 * longer in Nätvana are kept in storage but not counted.
 */
import { type LessonSummary, findLessonSummary, lessonsOfModule, lessonIndex } from '../content/index.ts';
import type { LessonLanguage } from '../i18n/index.ts';
import { type Progress, lessonKey } from './progress-data.ts';

export type LessonProgressState = { status: 'notStarted' } | { status: 'started'; stepNumber: number } | { status: 'done' };

export function lessonState(progress: Progress, lang: LessonLanguage, lesson: LessonSummary): LessonProgressState {
  const saved = progress.lessons[lessonKey(lang, lesson.id)];
  if (!saved) return { status: 'notStarted' };
  if (saved.status === 'done') return { status: 'done' };
  // A step that no longer exists has been dropped: the lesson starts again from its first step.
  return { status: 'started', stepNumber: Math.min(Math.max(saved.stepNumber ?? 1, 1), Math.max(lesson.stepCount, 1)) };
}

export interface Tally {
  done: number;
  total: number;
}

export function moduleTally(progress: Progress, lang: LessonLanguage, moduleId: string): Tally {
  const lessons = lessonsOfModule(lang, moduleId);
  return { done: lessons.filter((lesson) => lessonState(progress, lang, lesson).status === 'done').length, total: lessons.length };
}

export function overallTally(progress: Progress, lang: LessonLanguage): Tally {
  const lessons = lessonIndex.lessons[lang];
  return { done: lessons.filter((lesson) => lessonState(progress, lang, lesson).status === 'done').length, total: lessons.length };
}

export interface ContinuePlace {
  lesson: LessonSummary;
  stepNumber: number;
}

/** The lesson the learner was in last and has not finished, and the step they were on. */
export function continuePlace(progress: Progress, lang: LessonLanguage): ContinuePlace | undefined {
  let best: { place: ContinuePlace; at: number } | undefined;
  for (const [key, saved] of Object.entries(progress.lessons)) {
    if (saved.status !== 'started' || !key.startsWith(`${lang}/`)) continue;
    const lesson = findLessonSummary(lang, key.slice(lang.length + 1));
    if (!lesson) continue;
    const state = lessonState(progress, lang, lesson);
    if (state.status !== 'started') continue;
    if (!best || saved.updatedAt > best.at) best = { place: { lesson, stepNumber: state.stepNumber }, at: saved.updatedAt };
  }
  return best?.place;
}
