import type { LessonEvents } from '../../src/player/index.ts';

/** Lesson events that only write down what they are told, in order, for a test to read back. */
export function recordingEvents(): LessonEvents & { calls: [keyof LessonEvents, unknown][] } {
  const calls: [keyof LessonEvents, unknown][] = [];
  return {
    calls,
    stepShown: (event) => calls.push(['stepShown', event]),
    quizAnswered: (event) => calls.push(['quizAnswered', event]),
    practiceOutcome: (event) => calls.push(['practiceOutcome', event]),
    lessonFinished: (event) => calls.push(['lessonFinished', event]),
  };
}
