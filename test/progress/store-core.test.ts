/**
 * The store as a first visit gets it, without the schema: it keeps and reads
 * back its own writes with no schema, and downloads the schema only when it
 * meets text another tab wrote, or text that was there before it.
 */
import { describe, expect, it, vi } from 'vitest';
import { progressKey } from '../../src/progress/index.ts';
import { decodeProgress } from '../../src/progress/schema.ts';
import { createStoreCore } from '../../src/progress/store-core.ts';
import { memoryStorage, tickingClock } from './memory-storage.ts';

const place = { lessonId: 'lesson-a', lang: 'sv' as const };
const stored = (storage: ReturnType<typeof memoryStorage>) => decodeProgress(storage.data.get(progressKey)).progress;

function coreOn(storage: ReturnType<typeof memoryStorage>, events = new EventTarget()) {
  // No `decode` given: the store downloads the schema itself when it needs it.
  const store = createStoreCore({ storage, now: tickingClock(), events: () => events });
  store.subscribe(() => undefined);
  return { store, events };
}

describe('the progress store without its schema', () => {
  it('keeps a first lesson’s steps, reading back only what it wrote itself', () => {
    const storage = memoryStorage();
    const { store } = coreOn(storage);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 3 });
    // Both writes happened at once: no download was waited for.
    expect(stored(storage).lessons['sv/lesson-a']).toMatchObject({ status: 'started', stepId: 'two', furthestStep: 2 });
    expect(store.getSnapshot().progress.lessons['sv/lesson-a']).toMatchObject({ stepNumber: 2 });
  });

  it('merges what another tab wrote once the schema is there, and loses neither tab’s lesson', async () => {
    const storage = memoryStorage();
    const { store } = coreOn(storage);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    // Another tab writes a lesson of its own (as text this tab never wrote).
    const other = JSON.stringify({
      version: 1,
      lessons: { ...stored(storage).lessons, 'sv/lesson-b': { status: 'done', furthestStep: 2, quizzes: {}, updatedAt: 5, finishedAt: 5 } },
    });
    storage.data.set(progressKey, other);
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 3 });
    await vi.waitFor(() => expect(stored(storage).lessons['sv/lesson-a']).toMatchObject({ furthestStep: 2 }));
    expect(Object.keys(stored(storage).lessons).sort()).toEqual(['sv/lesson-a', 'sv/lesson-b']);
    expect(store.getSnapshot().progress.lessons['sv/lesson-b']).toMatchObject({ status: 'done' });
  });

  it('sets unreadable text aside before writing, even when the schema had to come first', async () => {
    const storage = memoryStorage({ [progressKey]: '{not json' });
    const { store } = coreOn(storage);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    await vi.waitFor(() => expect(store.getSnapshot().notices).toContain('unreadable'));
    expect([...storage.data.values()]).toContain('{not json');
    await vi.waitFor(() => expect(stored(storage).lessons['sv/lesson-a']).toMatchObject({ status: 'started' }));
  });
});
