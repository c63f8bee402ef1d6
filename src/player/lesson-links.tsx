import { createContext, useContext } from 'react';

/**
 * Where the lesson player's links go. The app passes its routes in, so the
 * player does not need to know the app's URL scheme.
 */
export interface LessonLinks {
  lessonHref(lessonId: string): string;
  /** A word's entry on the glossary page, for the link under its explanation. */
  glossaryHref(termId: string): string;
}

export const LessonLinksContext = createContext<LessonLinks>({ lessonHref: (lessonId) => `#${lessonId}`, glossaryHref: (termId) => `#word-${termId}` });

export function useLessonLinks(): LessonLinks {
  return useContext(LessonLinksContext);
}
