import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ProgressStore, progressKey } from '../../src/progress/index.ts';
import { clampTimes, mergeProgress } from '../../src/progress/merge.ts';
import type { LessonProgress, Progress } from '../../src/progress/progress-data.ts';
import { maxQuarantineKeys } from '../../src/progress/store-core.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { decodeProgress } from '../../src/progress/schema.ts';
import { memoryStorage } from './memory-storage.ts';

const place = { lessonId: 'lesson-a', lang: 'sv' as const };
const day = 86_400_000;
const today = Date.UTC(2026, 11, 7, 12);

/** A clock the test sets, as a computer whose clock is wrong for a while and then put right. */
function settableClock(start: number) {
  let time = start;
  const clock = { now: () => time, set: (next: number) => void (time = next) };
  return clock;
}

function storeWith(storage: ReturnType<typeof memoryStorage>, now: () => number): ProgressStore {
  const store = createProgressStore({ storage, now, events: () => new EventTarget() });
  store.subscribe(() => undefined);
  return store;
}

const storedLessons = (storage: ReturnType<typeof memoryStorage>) => decodeProgress(storage.data.get(progressKey)).progress.lessons;

/** Any time at all: long ago, now, or far in the future, as a file, a code or a wrong clock can carry. */
const anyTime = fc.oneof(fc.integer({ min: 0, max: today + 100 * 365 * day }), fc.constant(today), fc.constant(8.64e15));

const anyLesson: fc.Arbitrary<LessonProgress> = fc
  .record({
    status: fc.constantFrom('started' as const, 'done' as const),
    stepNumber: fc.integer({ min: 1, max: 12 }),
    furthestStep: fc.integer({ min: 1, max: 12 }),
    updatedAt: anyTime,
    finishedAt: anyTime,
    quizAt: anyTime,
  })
  .map(({ status, stepNumber, furthestStep, updatedAt, finishedAt, quizAt }) => ({
    status,
    stepId: `step-${stepNumber}`,
    stepNumber,
    furthestStep,
    quizzes: { 'q.one': { chosen: ['a'], outcome: 'right' as const, at: quizAt } },
    updatedAt,
    ...(status === 'done' ? { finishedAt } : {}),
  }));

const anyProgress: fc.Arbitrary<Progress> = fc
  .dictionary(fc.constantFrom('sv/lesson-a', 'sv/lesson-b', 'en/lesson-a'), anyLesson)
  .map((lessons) => ({ version: 1 as const, lessons }));

describe('the merge, whatever the clocks said', () => {
  it('never undoes a done lesson, never shrinks the furthest step, and the place is where the learner last moved in this browser', () => {
    fc.assert(
      fc.property(anyProgress, anyProgress, anyTime, fc.integer({ min: 1, max: 12 }), (inStorage, broughtIn, clock, moveTo) => {
        const storage = memoryStorage({ [progressKey]: JSON.stringify(inStorage) });
        const store = storeWith(storage, () => clock);
        void store.bringIn(broughtIn);
        store.lessonEvents.stepShown({ ...place, stepId: `step-${moveTo}`, stepNumber: moveTo, stepCount: 12 });
        const after = storedLessons(storage);
        for (const key of new Set([...Object.keys(inStorage.lessons), ...Object.keys(broughtIn.lessons)])) {
          const before = [inStorage.lessons[key], broughtIn.lessons[key]].filter((lesson) => lesson !== undefined);
          if (before.some((lesson) => lesson.status === 'done')) expect(after[key]?.status).toBe('done');
          expect(after[key]?.furthestStep).toBeGreaterThanOrEqual(Math.max(...before.map((lesson) => lesson.furthestStep)));
        }
        expect(after['sv/lesson-a']).toMatchObject({ stepId: `step-${moveTo}`, stepNumber: moveTo });
        // No time ahead of the clock is kept, so nothing stored can win against the learner's next move.
        for (const lesson of Object.values(after)) expect(lesson.updatedAt).toBeLessThanOrEqual(clock + 1);
        // And the store agrees with what it stored.
        expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.stepNumber).toBe(moveTo);
      }),
      { numRuns: 300 },
    );
  });

  it('merges two records brought back to now alike in either order, keeping done and the furthest step', () => {
    fc.assert(
      fc.property(anyProgress, anyProgress, anyTime, (a, b, clock) => {
        const [left, right] = [clampTimes(a, clock), clampTimes(b, clock)];
        const merged = mergeProgress(left, right);
        expect(merged).toEqual(mergeProgress(right, left));
        for (const [key, lesson] of Object.entries(merged.lessons)) {
          const before = [a.lessons[key], b.lessons[key]].filter((one) => one !== undefined);
          expect(lesson.status === 'done').toBe(before.some((one) => one.status === 'done'));
          expect(lesson.furthestStep).toBe(Math.max(...before.map((one) => one.furthestStep)));
          expect(lesson.updatedAt).toBeLessThanOrEqual(clock);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a clock set ahead, then put right', () => {
  it('lets the learner’s place follow them after the clock is right again', () => {
    const storage = memoryStorage();
    const clock = settableClock(today + 365 * day);
    const store = storeWith(storage, clock.now);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 4 });
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 4 });
    clock.set(today);
    // A new page load on the corrected clock: the year-ahead time is brought back to now.
    const later = storeWith(storage, clock.now);
    later.lessonEvents.stepShown({ ...place, stepId: 'three', stepNumber: 3, stepCount: 4 });
    expect(storedLessons(storage)['sv/lesson-a']).toMatchObject({ stepId: 'three', stepNumber: 3 });
    // And the same tab, which saw the year-ahead time itself, follows too.
    store.lessonEvents.stepShown({ ...place, stepId: 'four', stepNumber: 4, stepCount: 4 });
    expect(storedLessons(storage)['sv/lesson-a']).toMatchObject({ stepId: 'four', stepNumber: 4, furthestStep: 4 });
    expect(storedLessons(storage)['sv/lesson-a']?.updatedAt).toBeLessThanOrEqual(today + 2);
  });

  it('brings a file’s or code’s time from the future back to now', async () => {
    const storage = memoryStorage();
    const store = storeWith(storage, () => today);
    const future: LessonProgress = { status: 'started', stepId: 'two', stepNumber: 2, furthestStep: 2, quizzes: {}, updatedAt: today + 3650 * day };
    await store.bringIn({ version: 1, lessons: { 'sv/lesson-a': future } });
    expect(storedLessons(storage)['sv/lesson-a']?.updatedAt).toBe(today);
  });
});

describe('finishing a lesson', () => {
  it('does not count opening the done page from a link', () => {
    const storage = memoryStorage();
    const store = storeWith(storage, () => today);
    store.lessonEvents.lessonFinished({ ...place, stepCount: 3 });
    expect(store.getSnapshot().progress.lessons['sv/lesson-a']).toBeUndefined();
    expect(storage.data.get(progressKey)).toBeUndefined();
  });

  it('does not count a link straight to the last step as going through the steps', () => {
    const store = storeWith(memoryStorage(), () => today);
    store.lessonEvents.stepShown({ ...place, stepId: 'three', stepNumber: 3, stepCount: 3 });
    store.lessonEvents.lessonFinished({ ...place, stepCount: 3 });
    expect(store.getSnapshot().progress.lessons['sv/lesson-a']).toMatchObject({ status: 'started', stepNumber: 3, furthestStep: 1 });
  });

  it('counts a learner who went through the steps across two days, in two page loads', () => {
    const storage = memoryStorage();
    const first = storeWith(storage, () => today);
    first.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    first.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 3 });
    const second = storeWith(storage, () => today + day);
    second.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 3 });
    second.lessonEvents.stepShown({ ...place, stepId: 'three', stepNumber: 3, stepCount: 3 });
    second.lessonEvents.lessonFinished({ ...place, stepCount: 3 });
    expect(storedLessons(storage)['sv/lesson-a']).toMatchObject({ status: 'done', finishedAt: expect.any(Number) });
    expect(storedLessons(storage)['sv/lesson-a']?.finishedAt).toBeGreaterThanOrEqual(today + day);
  });
});

describe('progress from a newer version of Nätvana', () => {
  const newer = JSON.stringify({ version: 2, lessons: { 'sv/lesson-a': { kept: 'as the newer version wrote it' } } });

  it('is left where it is, and this version works from memory with a notice', () => {
    const storage = memoryStorage({ [progressKey]: newer });
    const store = storeWith(storage, () => today);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    expect(storage.data.get(progressKey)).toBe(newer);
    expect([...storage.data.keys()]).toEqual([progressKey]);
    expect(store.getSnapshot().notices).toEqual(['newerVersion']);
    expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.stepNumber).toBe(1);
  });
});

describe('putting unreadable progress aside', () => {
  it('keeps no more than a few copies, the newest', () => {
    const storage = memoryStorage();
    for (let time = 1; time <= maxQuarantineKeys + 4; time++) {
      storage.data.set(progressKey, `garbage ${time}`);
      storeWith(storage, () => time * 1000);
    }
    const quarantined = [...storage.data.keys()].filter((key) => key.includes('quarantine'));
    expect(quarantined).toHaveLength(maxQuarantineKeys);
    expect(quarantined.map((key) => storage.data.get(key))).toEqual(
      expect.arrayContaining([`garbage ${maxQuarantineKeys + 4}`, `garbage ${maxQuarantineKeys + 3}`, `garbage ${maxQuarantineKeys + 2}`]),
    );
  });
});
