export { gradeQuiz, type QuizOutcome, type QuizResult } from './grade-quiz.ts';
export { LessonContent } from './lesson-content.tsx';
export type { LessonEvents, StepPlace } from './lesson-seams.tsx';
export { LessonStep, type StepLinks } from './lesson-step.tsx';
export { plainText } from './plain-text.ts';
export { readTextsAloud, type TextsReading, watchCanReadAloud } from './read-aloud/read-texts.ts';
