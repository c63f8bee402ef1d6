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

/*
 * Time. A clock can be wrong (set a year ahead, then put right), and a file or
 * a code can carry any time at all. A time ahead of now says nothing true, and
 * kept as it is it would win every merge after it, freezing the learner's
 * place. So every time is brought back to now on the way in (from storage,
 * another tab, a file or a code), and a move in this browser is recorded just
 * after the last time the lesson knows of, so what the learner did here last
 * is always their current place.
 */

function clampLesson(lesson: LessonProgress, now: number): LessonProgress {
  const late = (time: number) => time > now;
  const quizLate = Object.values(lesson.quizzes).some((quiz) => late(quiz.at));
  if (!late(lesson.updatedAt) && !(lesson.finishedAt !== undefined && late(lesson.finishedAt)) && !quizLate) return lesson;
  const clamped: LessonProgress = { ...lesson, updatedAt: Math.min(lesson.updatedAt, now) };
  if (lesson.finishedAt !== undefined) clamped.finishedAt = Math.min(lesson.finishedAt, now);
  if (quizLate) {
    clamped.quizzes = {};
    for (const [quizId, quiz] of Object.entries(lesson.quizzes)) clamped.quizzes[quizId] = { ...quiz, at: Math.min(quiz.at, now) };
  }
  return clamped;
}

/** The same progress with every time ahead of `now` brought back to `now`. */
export function clampTimes(progress: Progress, now: number): Progress {
  const lessons: Record<string, LessonProgress> = {};
  for (const [key, lesson] of Object.entries(progress.lessons)) lessons[key] = clampLesson(lesson, now);
  return { ...progress, lessons };
}

/** When to record a move in this browser: now, or just after the lesson's last known time if that is not before now. */
export const moveTime = (lesson: LessonProgress | undefined, now: number): number => (lesson ? Math.max(now, lesson.updatedAt + 1) : now);

/**
 * The furthest step reached, after showing step `stepNumber`. It grows one
 * step at a time: a link straight to a later step moves the learner's place
 * there, but does not count the steps between as gone through, so a lesson is
 * done only when the learner has been through its steps (see `canFinish` in
 * progress-data.ts).
 */
export const furthestAfter = (furthestStep: number, stepNumber: number): number =>
  stepNumber <= furthestStep + 1 ? Math.max(furthestStep, stepNumber) : furthestStep;
