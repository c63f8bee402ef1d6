/**
 * What Nätvana keeps of a learner's progress, and how it is read back. The
 * stored text is never trusted: every read is checked against the schema
 * (valibot, small enough for the start page), older versions are migrated
 * forward, and anything that does not fit is reported as unreadable so the
 * store can move it aside instead of losing it.
 */
import * as v from 'valibot';
// The languages file alone: the i18n index would bring React and i18next into this lazily loaded chunk's shared imports.
import { lessonLanguages } from '../i18n/languages.ts';
import { type LessonProgress, type Progress, type QuizResult, emptyProgress, progressVersion } from './progress-data.ts';

export { emptyProgress, lessonKey, progressKey, progressVersion, type LessonProgress, type Progress, type QuizResult } from './progress-data.ts';

const quizResultSchema = v.object({
  /** Option ids, as the lesson names them. */
  chosen: v.array(v.string()),
  outcome: v.picklist(['right', 'partly', 'wrong']),
  /** When it was answered, in milliseconds since 1970. */
  at: v.number(),
});

/** A record by string key. valibot's record alone takes an array too; stored progress never has one there. */
const recordOf = <Item extends v.GenericSchema>(item: Item) =>
  v.pipe(
    v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
    v.record(v.string(), item),
  );

const stepNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

const lessonProgressSchema = v.object({
  /** Not started is no entry at all. */
  status: v.picklist(['started', 'done']),
  /** The step the learner was last on, by its stable id. */
  stepId: v.optional(v.string()),
  /** That step's number when it was saved: the address, until the lesson itself is loaded and says where the id is now. */
  stepNumber: v.optional(stepNumberSchema),
  /** The highest step number reached. */
  furthestStep: stepNumberSchema,
  /** By quiz id. */
  quizzes: recordOf(quizResultSchema),
  updatedAt: v.number(),
  finishedAt: v.optional(v.number()),
});

const lessonKeyPattern = new RegExp(`^(${lessonLanguages.join('|')})/[^/]+$`);
const lessonKeySchema = v.pipe(v.string(), v.regex(lessonKeyPattern));

/** The envelope is checked first, each lesson on its own, so one damaged lesson does not take the others with it. */
const envelopeSchema = v.object({
  version: v.literal(progressVersion),
  lessons: recordOf(v.unknown()),
});

/** The schema gives exactly the types the rest of the store uses: the type checker stops the build if they part. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: [Same<v.InferOutput<typeof quizResultSchema>, QuizResult>, Same<v.InferOutput<typeof lessonProgressSchema>, LessonProgress>] = [
  true,
  true,
];

/** A migration takes the stored data of one version and returns the data of the next. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * From each earlier version to the next: `{ 1: fromV1toV2 }` once version 2
 * exists. Version 1 is the first that was ever stored, so there is none yet.
 */
export const progressMigrations: Readonly<Record<number, Migration>> = {};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings stored data of an earlier version up to `target`, one version at a
 * time. Undefined when it is not Nätvana's progress, comes from a newer
 * version, or a migration is missing or fails.
 */
export function migrate(data: unknown, target: number, migrations: Readonly<Record<number, Migration>>): Record<string, unknown> | undefined {
  if (!isRecord(data)) return undefined;
  let current = data;
  for (;;) {
    const version = current.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > target) return undefined;
    if (version === target) return current;
    const step = migrations[version];
    if (!step) return undefined;
    try {
      const next = step(current);
      if (!isRecord(next) || next.version !== version + 1) return undefined;
      current = next;
    } catch {
      return undefined;
    }
  }
}

export interface Decoded {
  progress: Progress;
  /** True when some or all of the text could not be read: it must be moved aside, not overwritten. */
  unreadable: boolean;
  /**
   * True when the text was written by a newer Nätvana (a higher version): it is
   * left where it is, untouched, so going back to that version loses nothing.
   */
  newer?: boolean;
}

/** The version number stored text says it has, when it says one. */
function versionOf(data: unknown): number | undefined {
  return isRecord(data) && typeof data.version === 'number' ? data.version : undefined;
}

/** Reads stored text. Never throws; what fits is kept, even when the rest does not. */
export function decodeProgress(raw: string | undefined, migrations: Readonly<Record<number, Migration>> = progressMigrations): Decoded {
  if (raw === undefined) return { progress: emptyProgress(), unreadable: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), unreadable: true };
  }
  if ((versionOf(data) ?? 0) > progressVersion) return { progress: emptyProgress(), unreadable: false, newer: true };
  const envelope = v.safeParse(envelopeSchema, migrate(data, progressVersion, migrations));
  if (!envelope.success) return { progress: emptyProgress(), unreadable: true };
  const progress = emptyProgress();
  let unreadable = false;
  for (const [key, entry] of Object.entries(envelope.output.lessons)) {
    const lesson = v.safeParse(lessonProgressSchema, entry);
    if (v.is(lessonKeySchema, key) && lesson.success) progress.lessons[key] = lesson.output;
    else unreadable = true;
  }
  return { progress, unreadable };
}

export const encodeProgress = (progress: Progress): string => JSON.stringify(progress);
