import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLesson, mergeProgress, pruneLesson } from '../../src/progress/merge.ts';
import type { LessonProgress, Progress } from '../../src/progress/index.ts';

const started = (overrides: Partial<LessonProgress> = {}): LessonProgress => ({
  status: 'started',
  stepId: 'one',
  stepNumber: 1,
  furthestStep: 1,
  quizzes: {},
  updatedAt: 10,
  ...overrides,
});

describe('merging two records of one lesson', () => {
  it('lets done win over started, and keeps the first time it was finished', () => {
    const done = started({ status: 'done', finishedAt: 20, updatedAt: 20 });
    const later = started({ status: 'done', finishedAt: 40, updatedAt: 40 });
    expect(mergeLesson(started({ updatedAt: 30 }), done).status).toBe('done');
    expect(mergeLesson(later, done).finishedAt).toBe(20);
  });

  it('keeps the highest step reached, and the place the learner was at last', () => {
    const ahead = started({ stepId: 'five', stepNumber: 5, furthestStep: 5, updatedAt: 10 });
    const wentBack = started({ stepId: 'two', stepNumber: 2, furthestStep: 2, updatedAt: 20 });
    const merged = mergeLesson(ahead, wentBack);
    expect(merged).toMatchObject({ stepId: 'two', stepNumber: 2, furthestStep: 5, updatedAt: 20 });
  });

  it('keeps every quiz answered in either, and the later answer of the same quiz', () => {
    const a = started({ quizzes: { q1: { chosen: ['x'], outcome: 'wrong', at: 1 }, q2: { chosen: ['y'], outcome: 'right', at: 2 } } });
    const b = started({ quizzes: { q1: { chosen: ['z'], outcome: 'right', at: 3 } } });
    expect(mergeLesson(a, b).quizzes).toEqual({ q1: { chosen: ['z'], outcome: 'right', at: 3 }, q2: { chosen: ['y'], outcome: 'right', at: 2 } });
  });

  it('keeps lessons that only one side has', () => {
    const a: Progress = { version: 1, lessons: { 'sv/a': started() } };
    const b: Progress = { version: 1, lessons: { 'sv/b': started({ status: 'done', finishedAt: 3 }) } };
    expect(Object.keys(mergeProgress(a, b).lessons).sort()).toEqual(['sv/a', 'sv/b']);
  });
});

const quizArbitrary = fc.record({ chosen: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }), outcome: fc.constantFrom('right' as const, 'partly' as const, 'wrong' as const), at: fc.integer({ min: 0, max: 5 }) });
const lessonArbitrary: fc.Arbitrary<LessonProgress> = fc.record(
  {
    status: fc.constantFrom('started' as const, 'done' as const),
    stepId: fc.constantFrom('one', 'two', 'three'),
    stepNumber: fc.integer({ min: 1, max: 4 }),
    furthestStep: fc.integer({ min: 1, max: 4 }),
    quizzes: fc.dictionary(fc.constantFrom('q1', 'q2', 'q3'), quizArbitrary),
    updatedAt: fc.integer({ min: 0, max: 5 }),
    finishedAt: fc.integer({ min: 0, max: 5 }),
  },
  { requiredKeys: ['status', 'furthestStep', 'quizzes', 'updatedAt'] },
);
const progressArbitrary: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(1 as const),
  lessons: fc.dictionary(fc.constantFrom('sv/a', 'sv/b', 'en/a'), lessonArbitrary),
});

describe('the merge, for any two tabs', () => {
  it('gives the same whichever tab merges first', () => {
    fc.assert(fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('changes nothing when merged again', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
        expect(mergeProgress(once, a)).toEqual(once);
      }),
    );
  });

  it('never loses a done lesson or a step reached', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [key, lesson] of Object.entries(side.lessons)) {
            const kept = merged.lessons[key];
            expect(kept?.furthestStep).toBeGreaterThanOrEqual(lesson.furthestStep);
            if (lesson.status === 'done') expect(kept?.status).toBe('done');
            for (const quizId of Object.keys(lesson.quizzes)) expect(kept?.quizzes[quizId]).toBeDefined();
          }
        }
      }),
    );
  });
});

describe('after the lessons change', () => {
  const shape = { stepIds: ['intro', 'new-step', 'two'], quizzes: new Map([['two.check', new Set(['yes', 'no'])]]) };

  it('follows the current step to its new number when a step was inserted before it', () => {
    expect(pruneLesson(started({ stepId: 'two', stepNumber: 2 }), shape)).toMatchObject({ stepId: 'two', stepNumber: 3 });
  });

  it('drops a step that is gone, and keeps the rest', () => {
    const pruned = pruneLesson(started({ stepId: 'removed', stepNumber: 2, status: 'done', finishedAt: 4 }), shape);
    expect(pruned.stepId).toBeUndefined();
    expect(pruned.stepNumber).toBeUndefined();
    expect(pruned).toMatchObject({ status: 'done', finishedAt: 4 });
  });

  it('drops quizzes that are gone and answers whose options are gone, and keeps the others', () => {
    const quizzes = {
      'two.check': { chosen: ['yes'], outcome: 'right' as const, at: 1 },
      'gone.quiz': { chosen: ['yes'], outcome: 'right' as const, at: 1 },
    };
    expect(Object.keys(pruneLesson(started({ quizzes }), shape).quizzes)).toEqual(['two.check']);
    const changedOptions = { 'two.check': { chosen: ['maybe'], outcome: 'wrong' as const, at: 1 } };
    expect(pruneLesson(started({ quizzes: changedOptions }), shape).quizzes).toEqual({});
  });
});
