import { seamsWithProgress } from '../../src/app/app-seams.tsx';
import { type LessonProgress, progressKey } from '../../src/progress/index.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { memoryStorage, tickingClock } from '../progress/memory-storage.ts';

/**
 * A progress store of a test's own, in memory, and the app's seams that
 * report to it. `stored` is what this computer keeps: lessons by their key
 * (`sv/what-is-email`), raw text (damaged progress), or nothing at all.
 * `keepsNothing` makes every write fail, as on a full or switched-off storage.
 */
export function progressStoreWith(stored?: Record<string, LessonProgress> | string, { keepsNothing = false } = {}) {
  const raw = typeof stored === 'string' ? stored : stored && JSON.stringify({ version: 1, lessons: stored });
  const storage = memoryStorage(raw === undefined ? {} : { [progressKey]: raw });
  storage.failWrites = keepsNothing;
  const store = createProgressStore({ storage, now: tickingClock(100), events: () => undefined });
  return { storage, store, seams: seamsWithProgress(store) };
}

/** A lesson started and left at a step. */
export const startedAt = (stepNumber: number, updatedAt = 10): LessonProgress => ({
  status: 'started',
  stepId: 'whatever',
  stepNumber,
  furthestStep: stepNumber,
  quizzes: {},
  updatedAt,
});

/** A lesson done. */
export const finished: LessonProgress = { status: 'done', furthestStep: 1, quizzes: {}, updatedAt: 5, finishedAt: 5 };
