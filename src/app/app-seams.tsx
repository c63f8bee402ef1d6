import { createContext, useContext } from 'react';
import type { PracticeRegistry } from '../content/index.ts';
// A type only: a value from the player here would pull the whole player into the start page's download.
import type { LessonEvents } from '../player/index.ts';
import { practiceRegistry } from '../practice/index.ts';

/**
 * Where the app joins its features: what the lesson pages report to (the
 * progress store plugs in here) and the practice components they draw. The
 * player and the done page read it; tests give their own.
 */
export interface AppSeams {
  lessonEvents: LessonEvents;
  practices: PracticeRegistry;
}

/** Until a feature listens, what lessons report goes nowhere. */
const ignoreLessonEvents: LessonEvents = {
  stepShown: () => undefined,
  quizAnswered: () => undefined,
  practiceOutcome: () => undefined,
  lessonFinished: () => undefined,
};

export const defaultSeams: AppSeams = { lessonEvents: ignoreLessonEvents, practices: practiceRegistry };

export const AppSeamsContext = createContext<AppSeams>(defaultSeams);

export function useAppSeams(): AppSeams {
  return useContext(AppSeamsContext);
}
