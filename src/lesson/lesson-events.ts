import { createContext, useContext } from 'react';
import type { LessonEvents } from '../player/index.ts';

/**
 * What a lesson's pages report to (the progress store's events): the app
 * provides it, tests give their own. There is no default: a lesson page
 * outside the app would lose what the learner did without a word.
 */
export const LessonEventsContext = createContext<LessonEvents | undefined>(undefined);

export function useLessonEvents(): LessonEvents {
  const events = useContext(LessonEventsContext);
  if (!events) throw new Error('A lesson page needs LessonEventsContext: the app provides it.');
  return events;
}
