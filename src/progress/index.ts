/*
 * The progress feature's public surface. The store's workings (store.ts,
 * merge.ts, schema.ts with valibot) are not exported from here: the app gets
 * `progressStore`, which downloads them when they are needed, so the start
 * page's download stays small. Tests import them from their files.
 */
export { canFinish, lessonKey, progressKey, type LessonProgress, type Progress, type QuizResult } from './progress-data.ts';
export { quarantineKey, type ProgressNotice, type ProgressSnapshot, type ProgressStore, type ProgressStoreOptions } from './progress-store-types.ts';
export { continuePlace, lessonState, moduleTally, overallTally, type ContinuePlace, type LessonProgressState, type Tally } from './summary.ts';
export { useProgress } from './use-progress.ts';

import { createContext, useContext } from 'react';
import { createLazyProgressStore } from './lazy-store.ts';
import type { ProgressStore } from './progress-store-types.ts';
import { progressKey as key } from './progress-data.ts';
import { safeStorage as storageOf } from '../storage/index.ts';

/**
 * The progress of whoever is at this browser: one store for the whole app.
 * With progress stored, the store comes with its schema, to read it at once;
 * without, the store alone, which downloads the schema only if another tab
 * writes progress.
 */
export const progressStore = createLazyProgressStore(() =>
  storageOf('local').read(key) === undefined
    ? import('./store-core.ts').then((core) => core.createStoreCore())
    : import('./store.ts').then((module) => module.createProgressStore()),
);

/**
 * The store the progress pages read: the app provides its own (tests give a
 * store of their own through the app's seams), so the pages of this feature
 * need nothing from the app to find it.
 */
export const ProgressStoreContext = createContext<ProgressStore>(progressStore);

export function useProgressStore(): ProgressStore {
  return useContext(ProgressStoreContext);
}
