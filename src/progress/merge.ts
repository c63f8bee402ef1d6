/**
 * How two records of progress become one: two tabs, or what is stored and
 * what this tab has done since. Per lesson the furthest state wins and
 * nothing is overwritten: done beats started, the highest step reached is
 * kept, every quiz answered in either is kept (the later answer of the same
 * quiz), and the learner's current place is the one they were at last.
 * The merge gives the same result in any order and merging twice changes
 * nothing, so tabs that merge each other's writes agree.
 */
import type { LessonProgress, Progress, QuizResult } from './progress-data.ts';

/** A total order on quiz answers: the later one, ties broken by content so both sides choose alike. */
function laterQuiz(a: QuizResult, b: QuizResult): QuizResult {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** The learner's current place: the one recorded last. */
function laterPlace(a: LessonProgress, b: LessonProgress): LessonProgress {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const placeOf = (lesson: LessonProgress) => JSON.stringify([lesson.stepNumber ?? 0, lesson.stepId ?? ''] as const);
  return placeOf(a) >= placeOf(b) ? a : b;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const place = laterPlace(a, b);
  const quizzes: Record<string, QuizResult> = { ...a.quizzes };
  for (const [quizId, result] of Object.entries(b.quizzes)) {
    const mine = quizzes[quizId];
    quizzes[quizId] = mine ? laterQuiz(mine, result) : result;
  }
  const status = a.status === 'done' || b.status === 'done' ? 'done' : 'started';
  // The first time it was finished is when it was finished.
  const finishedAt = minDefined(a.finishedAt, b.finishedAt);
  const merged: LessonProgress = {
    status,
    furthestStep: Math.max(a.furthestStep, b.furthestStep),
    quizzes,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  if (place.stepId !== undefined) merged.stepId = place.stepId;
  if (place.stepNumber !== undefined) merged.stepNumber = place.stepNumber;
  if (finishedAt !== undefined) merged.finishedAt = finishedAt;
  return merged;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...a.lessons };
  for (const [key, lesson] of Object.entries(b.lessons)) {
    const mine = lessons[key];
    lessons[key] = mine ? mergeLesson(mine, lesson) : lesson;
  }
  return { version: a.version, lessons };
}

/** What a lesson holds now, as far as progress cares: its steps in order, and each quiz's options. */
export interface LessonShape {
  stepIds: readonly string[];
  quizzes: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Drops what the lesson no longer has after an update of Nätvana: a saved
 * step or quiz whose id is gone, or an answer with an option that is gone. The
 * rest is kept, and the current step's number follows its id to where it is now.
 */
export function pruneLesson(lesson: LessonProgress, shape: LessonShape): LessonProgress {
  const pruned: LessonProgress = { ...lesson, quizzes: {} };
  const index = lesson.stepId === undefined ? -1 : shape.stepIds.indexOf(lesson.stepId);
  if (index === -1) {
    delete pruned.stepId;
    delete pruned.stepNumber;
  } else {
    pruned.stepNumber = index + 1;
  }
  pruned.furthestStep = Math.min(Math.max(lesson.furthestStep, 1), Math.max(shape.stepIds.length, 1));
  for (const [quizId, result] of Object.entries(lesson.quizzes)) {
    const options = shape.quizzes.get(quizId);
    // An answer with an option that is gone no longer says anything about this quiz.
    if (options && result.chosen.every((option) => options.has(option))) pruned.quizzes[quizId] = result;
  }
  return pruned;
}
