import { createContext, useContext } from 'react';
import type { PracticeOutcome, PracticeRegistry } from '../content/index.ts';
import type { LessonLanguage } from '../i18n/index.ts';
import type { QuizOutcome } from './grade-quiz.ts';

/** Which step of which lesson an event happened in. Ids are the lesson's stable ids, not positions. */
export interface StepPlace {
  lessonId: string;
  lang: LessonLanguage;
  stepId: string;
}

/**
 * What happens in a lesson, reported to whoever the app plugs in (the
 * progress store). The player never reads or writes storage itself.
 */
export interface LessonEvents {
  /** A step came on screen. `stepNumber` counts from 1, as the learner sees it. */
  stepShown(event: StepPlace & { stepNumber: number; stepCount: number }): void;
  /** The learner checked an answer. `chosen` holds option ids. */
  quizAnswered(event: StepPlace & { quizId: string; chosen: string[]; outcome: QuizOutcome }): void;
  /** A practice simulation ended or was left. */
  practiceOutcome(event: StepPlace & { outcome: PracticeOutcome }): void;
  /** The learner reached the lesson's done page. */
  lessonFinished(event: { lessonId: string; lang: LessonLanguage; stepCount: number }): void;
}

const ignoreLessonEvents: LessonEvents = {
  stepShown: () => undefined,
  quizAnswered: () => undefined,
  practiceOutcome: () => undefined,
  lessonFinished: () => undefined,
};

interface StepSeams {
  place: StepPlace;
  events: LessonEvents;
  practices: PracticeRegistry;
}

/** Given by LessonStep to what it draws: where the step is, where to report, and the practice components. */
export const StepSeamsContext = createContext<StepSeams>({
  place: { lessonId: '', lang: 'sv', stepId: '' },
  events: ignoreLessonEvents,
  practices: {},
});

export function useStepSeams(): StepSeams {
  return useContext(StepSeamsContext);
}
