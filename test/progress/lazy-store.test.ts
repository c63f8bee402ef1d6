import { describe, expect, it, vi } from 'vitest';
import { progressKey } from '../../src/progress/index.ts';
import { lessonKey } from '../../src/progress/progress-data.ts';
import { createLazyProgressStore } from '../../src/progress/lazy-store.ts';
import { createProgressStore } from '../../src/progress/store.ts';
import { memoryStorage, tickingClock } from './memory-storage.ts';

function lazyOn(storage: ReturnType<typeof memoryStorage>, events = new EventTarget()) {
  const load = vi.fn(() => Promise.resolve(createProgressStore({ storage, now: tickingClock(), events: () => events })));
  return { load, store: createLazyProgressStore(load, storage, () => events) };
}

/** A one-step lesson gone through and finished, as a learner does it. */
function finishOneStepLesson(store: ReturnType<typeof createProgressStore>) {
  const place = { lessonId: 'a', lang: 'sv' as const };
  store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 1 });
  store.lessonEvents.lessonFinished({ ...place, stepCount: 1 });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the progress store as the start page gets it', () => {
  it('downloads nothing more on a first visit, with nothing stored, and says it is ready', () => {
    const { load, store } = lazyOn(memoryStorage());
    store.subscribe(() => undefined);
    expect(load).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toMatchObject({ ready: true, notices: [] });
  });

  it('loads the store and shows what is stored when there is progress', async () => {
    const storage = memoryStorage();
    finishOneStepLesson(createProgressStore({ storage, now: tickingClock() }));
    const { load, store } = lazyOn(storage);
    store.subscribe(() => undefined);
    expect(store.getSnapshot().ready).toBe(false);
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(store.getSnapshot().progress.lessons[lessonKey('sv', 'a')]?.status).toBe('done');
  });

  it('loads the store to say so when this browser keeps nothing', async () => {
    const storage = memoryStorage();
    storage.failWrites = true;
    const { store } = lazyOn(storage);
    store.subscribe(() => undefined);
    await settle();
    expect(store.getSnapshot().notices).toEqual(['memoryOnly']);
  });

  it('keeps lesson events in the order they came while the store downloads', async () => {
    const storage = memoryStorage();
    const { store } = lazyOn(storage);
    const place = { lessonId: 'a', lang: 'sv' as const };
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 2 });
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 2 });
    store.lessonEvents.lessonFinished({ ...place, stepCount: 2 });
    await settle();
    await settle();
    expect(JSON.parse(storage.data.get(progressKey) ?? '{}').lessons['sv/a']).toMatchObject({ status: 'done', stepId: 'two', furthestStep: 2 });
  });

  it('loads the store when another tab writes progress', async () => {
    const events = new EventTarget();
    const storage = memoryStorage();
    const { load, store } = lazyOn(storage, events);
    store.subscribe(() => undefined);
    finishOneStepLesson(createProgressStore({ storage, now: tickingClock() }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: progressKey, newValue: storage.data.get(progressKey) ?? null }));
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(store.getSnapshot().progress.lessons['sv/a']?.status).toBe('done');
  });

  it('downloads the store again at the next need when a download failed', async () => {
    const storage = memoryStorage();
    const { load, store } = lazyOn(storage);
    load.mockRejectedValueOnce(new Error('The connection dropped.'));
    const place = { lessonId: 'a', lang: 'sv' as const };
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 2 });
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(storage.data.get(progressKey)).toBeUndefined();
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 2 });
    await settle();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(JSON.parse(storage.data.get(progressKey) ?? '{}').lessons['sv/a']).toMatchObject({ status: 'started', stepId: 'two' });
  });
});
