import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '../../src/content/index.ts';
import { type ProgressStore, progressKey } from '../../src/progress/index.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { decodeProgress } from '../../src/progress/schema.ts';
import { memoryStorage, tickingClock } from './memory-storage.ts';

const place = { lessonId: 'lesson-a', lang: 'sv' as const };

function storeOn(storage = memoryStorage(), events: EventTarget = new EventTarget()): ProgressStore {
  return createProgressStore({ storage, now: tickingClock(), events: () => events });
}

/** Subscribes, as a component does after hydration: that is when storage is read. */
function started(store: ProgressStore): ProgressStore {
  store.subscribe(() => undefined);
  return store;
}

const stored = (storage: ReturnType<typeof memoryStorage>) => decodeProgress(storage.data.get(progressKey)).progress;

const lesson: CompiledLesson = {
  id: 'lesson-a',
  module: 'module-a',
  lang: 'sv',
  title: 'Lektion A',
  summary: '',
  order: 1,
  minutes: 5,
  objectives: [],
  steps: [
    { id: 'start', title: 'Start', body: [] },
    {
      id: 'check',
      title: 'Check',
      body: [
        {
          type: 'quiz',
          id: 'check.q',
          multiple: false,
          question: ['?'],
          options: [
            { id: 'yes', correct: true, label: ['Yes'], feedback: [] },
            { id: 'no', correct: false, label: ['No'], feedback: [] },
          ],
        },
      ],
    },
  ],
};

describe('the progress store', () => {
  it('shows empty progress before anything subscribes, and reads storage only then', () => {
    const storage = memoryStorage();
    const first = storeOn(storage);
    first.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 2 });
    const second = storeOn(storage);
    expect(second.getSnapshot().progress.lessons).toEqual({});
    expect(second.getServerSnapshot().progress.lessons).toEqual({});
    started(second);
    expect(second.getSnapshot().progress.lessons['sv/lesson-a']).toMatchObject({ status: 'started', stepId: 'start' });
  });

  it('keeps the step, the quiz answers and the finish, so a new page load finds them', () => {
    const storage = memoryStorage();
    const store = started(storeOn(storage));
    store.lessonEvents.stepShown({ ...place, stepId: 'check', stepNumber: 2, stepCount: 2 });
    store.lessonEvents.quizAnswered({ ...place, stepId: 'check', quizId: 'check.q', chosen: ['yes'], outcome: 'right' });
    store.lessonEvents.lessonFinished({ ...place, stepCount: 2 });
    const saved = stored(storage).lessons['sv/lesson-a'];
    expect(saved).toMatchObject({ status: 'done', stepId: 'check', stepNumber: 2, furthestStep: 2, quizzes: { 'check.q': { chosen: ['yes'], outcome: 'right' } } });
    expect(saved?.finishedAt).toEqual(expect.any(Number));
    expect(started(storeOn(storage)).getSnapshot().progress.lessons['sv/lesson-a']?.status).toBe('done');
  });

  it('keeps a lesson done when the learner opens it again', () => {
    const store = started(storeOn());
    store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 1 });
    store.lessonEvents.lessonFinished({ ...place, stepCount: 1 });
    store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 2 });
    expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.status).toBe('done');
  });

  describe('with two tabs', () => {
    it('never overwrites what the other tab kept: each write merges with what is stored', () => {
      const storage = memoryStorage();
      const tabA = started(storeOn(storage));
      const tabB = started(storeOn(storage));
      tabA.lessonEvents.stepShown({ ...place, stepId: 'check', stepNumber: 2, stepCount: 2 });
      tabB.lessonEvents.stepShown({ lessonId: 'lesson-b', lang: 'sv', stepId: 'one', stepNumber: 1, stepCount: 3 });
      expect(Object.keys(stored(storage).lessons).sort()).toEqual(['sv/lesson-a', 'sv/lesson-b']);
    });

    it('updates live when the other tab writes, and forgets when the other tab erases', () => {
      const storage = memoryStorage();
      const windowB = new EventTarget();
      const tabA = started(storeOn(storage));
      const tabB = started(storeOn(storage, windowB));
      let heard = 0;
      tabB.subscribe(() => heard++);
      tabA.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 1 });
      tabA.lessonEvents.lessonFinished({ ...place, stepCount: 1 });
      windowB.dispatchEvent(Object.assign(new Event('storage'), { key: progressKey, newValue: storage.data.get(progressKey) ?? null }));
      expect(heard).toBeGreaterThan(0);
      expect(tabB.getSnapshot().progress.lessons['sv/lesson-a']?.status).toBe('done');
      windowB.dispatchEvent(Object.assign(new Event('storage'), { key: null, newValue: null }));
      expect(tabB.getSnapshot().progress.lessons).toEqual({});
    });
  });

  describe('when what is stored cannot be read', () => {
    it('moves it aside to a quarantine key, tells the learner, and works on', () => {
      const storage = memoryStorage({ [progressKey]: '{"this is": not json' });
      const store = started(storeOn(storage));
      const quarantined = [...storage.data].filter(([key]) => key.startsWith(`${progressKey}-quarantine-`));
      expect(quarantined.map(([, value]) => value)).toEqual(['{"this is": not json']);
      expect(store.getSnapshot().notices).toEqual(['unreadable']);
      store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 2 });
      expect(stored(storage).lessons['sv/lesson-a']?.stepId).toBe('start');
    });

    it('keeps the lessons that could be read, and puts the whole text aside', () => {
      const good = { status: 'done', furthestStep: 2, quizzes: {}, updatedAt: 1, finishedAt: 1 };
      const raw = JSON.stringify({ version: 1, lessons: { 'sv/good': good, 'sv/bad': { status: 'halfway' } } });
      const storage = memoryStorage({ [progressKey]: raw });
      const store = started(storeOn(storage));
      expect(store.getSnapshot().progress.lessons).toEqual({ 'sv/good': good });
      expect([...storage.data.values()]).toContain(raw);
    });

    it('leaves it where it is, and keeps progress in memory, when it cannot even be put aside', () => {
      const storage = memoryStorage({ [progressKey]: 'garbage' });
      storage.failWrites = true;
      const store = started(storeOn(storage));
      store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 1 });
      store.lessonEvents.lessonFinished({ ...place, stepCount: 1 });
      expect(storage.data.get(progressKey)).toBe('garbage');
      expect([...store.getSnapshot().notices].sort()).toEqual(['memoryOnly', 'unreadable']);
      expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.status).toBe('done');
    });

    it('lets the learner dismiss a notice', () => {
      const store = started(storeOn(memoryStorage({ [progressKey]: 'garbage' })));
      store.dismissNotice('unreadable');
      expect(store.getSnapshot().notices).toEqual([]);
    });
  });

  describe('when storage is off, full or throws', () => {
    it('keeps progress in memory and says it will not be kept on this computer', () => {
      const storage = memoryStorage();
      storage.failWrites = true;
      const store = started(storeOn(storage));
      expect(store.getSnapshot().notices).toEqual(['memoryOnly']);
      store.lessonEvents.stepShown({ ...place, stepId: 'check', stepNumber: 2, stepCount: 2 });
      expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.stepNumber).toBe(2);
    });

    it('says so when storage fills up after the page opened, and keeps what was already there', () => {
      const storage = memoryStorage();
      const store = started(storeOn(storage));
      store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 2 });
      storage.failWrites = true;
      store.lessonEvents.stepShown({ ...place, stepId: 'check', stepNumber: 2, stepCount: 2 });
      expect(store.getSnapshot().notices).toEqual(['memoryOnly']);
      expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.stepNumber).toBe(2);
      expect(stored(storage).lessons['sv/lesson-a']?.stepNumber).toBe(1);
    });
  });

  describe('after Nätvana is updated and a lesson changed', () => {
    it('drops a saved step and quiz the lesson no longer has, silently, and keeps the rest', () => {
      const old = {
        status: 'started',
        stepId: 'removed-step',
        stepNumber: 3,
        furthestStep: 3,
        updatedAt: 1,
        quizzes: { 'check.q': { chosen: ['yes'], outcome: 'right', at: 1 }, 'removed.q': { chosen: ['a'], outcome: 'wrong', at: 1 } },
      };
      const storage = memoryStorage({ [progressKey]: JSON.stringify({ version: 1, lessons: { 'sv/lesson-a': old } }) });
      const store = started(storeOn(storage));
      store.knowLesson(lesson);
      const kept = stored(storage).lessons['sv/lesson-a'];
      expect(kept).toMatchObject({ status: 'started', furthestStep: 2, quizzes: { 'check.q': { chosen: ['yes'] } } });
      expect(kept?.stepId).toBeUndefined();
      expect(kept?.quizzes['removed.q']).toBeUndefined();
      expect(store.getSnapshot().notices).toEqual([]);
    });

    it('moves the current step’s number to where its id is now', () => {
      const saved = { status: 'started', stepId: 'check', stepNumber: 5, furthestStep: 5, updatedAt: 1, quizzes: {} };
      const storage = memoryStorage({ [progressKey]: JSON.stringify({ version: 1, lessons: { 'sv/lesson-a': saved } }) });
      const store = started(storeOn(storage));
      store.knowLesson(lesson);
      expect(store.getSnapshot().progress.lessons['sv/lesson-a']?.stepNumber).toBe(2);
    });
  });

  it('never throws, whatever text is in storage, and always ends with readable progress stored', () => {
    const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));
    const nearlyProgress = fc
      .record({ version: fc.oneof(fc.constant(1), fc.integer()), lessons: fc.dictionary(fc.oneof(fc.constant('sv/a'), fc.string()), fc.jsonValue()) })
      .map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyJson, nearlyProgress), (raw) => {
        const storage = memoryStorage({ [progressKey]: raw });
        const store = started(storeOn(storage));
        store.lessonEvents.stepShown({ ...place, stepId: 'start', stepNumber: 1, stepCount: 2 });
        store.knowLesson(lesson);
        if (decodeProgress(raw).newer) {
          // A newer Nätvana's progress is never written over; this session works from memory.
          expect(storage.data.get(progressKey)).toBe(raw);
          expect(store.getSnapshot().progress.lessons['sv/lesson-a']).toBeDefined();
          return;
        }
        const after = decodeProgress(storage.data.get(progressKey));
        expect(after.unreadable).toBe(false);
        expect(after.progress.lessons['sv/lesson-a']).toBeDefined();
        if (decodeProgress(raw).unreadable) expect([...storage.data.values()]).toContain(raw);
      }),
      { numRuns: 300 },
    );
  });
});
