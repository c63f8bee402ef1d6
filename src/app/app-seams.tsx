// A type only: a value from the player here would pull the whole player into the start page's download.
import type { LessonEvents } from '../player/index.ts';
import { type ProgressStore, progressStore } from '../progress/index.ts';

/**
 * Where the app joins its features: what the lesson pages report to (the
 * progress store) and the progress the pages show. The app hands them on in
 * the features' own contexts (`LessonEventsContext`, `ProgressStoreContext`);
 * tests give their own. The practice components are not here: the lesson
 * pages' chunk hands them to the lesson step (chunks/lesson-pages.ts), so the
 * start page's download carries none of them.
 */
export interface AppSeams {
  lessonEvents: LessonEvents;
  progress: ProgressStore;
}

export const defaultSeams: AppSeams = { lessonEvents: progressStore.lessonEvents, progress: progressStore };

/** Seams with a progress store of their own, for a test or a second app: its events and its progress go together. */
export function seamsWithProgress(progress: ProgressStore, seams: Partial<AppSeams> = {}): AppSeams {
  return { ...defaultSeams, lessonEvents: progress.lessonEvents, progress, ...seams };
}
