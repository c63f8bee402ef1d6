/**
 * The shape of a learner's stored progress, without the schema that checks
 * it: the start page needs these names, and downloads the checking (valibot)
 * only when there is something stored to read. schema.ts checks the text
 * against exactly these types.
 */
import type { LessonLanguage } from '../i18n/index.ts';

/** The one key the progress lives under. */
export const progressKey = 'natvana-progress';

/** The version this Nätvana writes. Raise it with a migration in schema.ts's `progressMigrations`. */
export const progressVersion = 1;

export interface QuizResult {
  /** Option ids, as the lesson names them. */
  chosen: string[];
  outcome: 'right' | 'partly' | 'wrong';
  /** When it was answered, in milliseconds since 1970. */
  at: number;
}

export interface LessonProgress {
  /** Not started is no entry at all. */
  status: 'started' | 'done';
  /** The step the learner was last on, by its stable id. */
  stepId?: string;
  /** That step's number when it was saved: the address, until the lesson itself is loaded and says where the id is now. */
  stepNumber?: number;
  /** The highest step number reached. */
  furthestStep: number;
  /** By quiz id. */
  quizzes: Record<string, QuizResult>;
  updatedAt: number;
  finishedAt?: number;
}

export interface Progress {
  version: typeof progressVersion;
  /** By `<lesson language>/<lesson id>`; see `lessonKey`. */
  lessons: Record<string, LessonProgress>;
}

export const emptyProgress = (): Progress => ({ version: progressVersion, lessons: {} });

export const lessonKey = (lang: LessonLanguage, lessonId: string) => `${lang}/${lessonId}`;

/**
 * Whether opening the lesson's done page finishes it: only once the learner has
 * reached its last step, step by step, in this browser (`furthestAfter` in
 * merge.ts). Here, not with the merge, because the done page reads it too.
 */
export const canFinish = (lesson: LessonProgress | undefined, stepCount: number): boolean =>
  lesson !== undefined && lesson.furthestStep >= stepCount;
