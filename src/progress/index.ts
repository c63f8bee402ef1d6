export { eraseStoredData, safeStorage, storageKeyPrefix, type SafeStorage, type StorageArea } from './storage.ts';
export { createProgressStore, quarantineKey, type ProgressNotice, type ProgressSnapshot, type ProgressStore, type ProgressStoreOptions } from './store.ts';
export { progressKey, type LessonProgress, type Progress, type QuizResult } from './schema.ts';
export { continuePlace, lessonState, moduleTally, overallTally, type ContinuePlace, type LessonProgressState, type Tally } from './summary.ts';
export { useProgress } from './use-progress.ts';

import { createProgressStore } from './store.ts';

/** The progress of whoever is at this browser: one store for the whole app. */
export const progressStore = createProgressStore();
