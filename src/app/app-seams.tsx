import { createContext, useContext } from 'react';
import type { PracticeRegistry } from '../content/index.ts';
// A type only: a value from the player here would pull the whole player into the start page's download.
import type { LessonEvents } from '../player/index.ts';
import { practiceRegistry } from '../practice/index.ts';
import { type ProgressStore, progressStore } from '../progress/index.ts';

/**
 * Where the app joins its features: what the lesson pages report to (the
 * progress store), the progress the pages show, and the practice components
 * they draw. The player and the pages read it; tests give their own.
 */
export interface AppSeams {
  lessonEvents: LessonEvents;
  practices: PracticeRegistry;
  progress: ProgressStore;
}

export const defaultSeams: AppSeams = { lessonEvents: progressStore.lessonEvents, practices: practiceRegistry, progress: progressStore };

/** Seams with a progress store of their own, for a test or a second app: its events and its progress go together. */
export function seamsWithProgress(progress: ProgressStore, seams: Partial<AppSeams> = {}): AppSeams {
  return { ...defaultSeams, lessonEvents: progress.lessonEvents, progress, ...seams };
}

export const AppSeamsContext = createContext<AppSeams>(defaultSeams);

export function useAppSeams(): AppSeams {
  return useContext(AppSeamsContext);
}
