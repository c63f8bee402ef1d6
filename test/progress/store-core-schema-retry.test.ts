/**
 * The store without its schema, on a connection that drops: a schema that
 * could not download is asked for again at the next change, and the progress
 * kept in memory meanwhile is written then.
 */
import { describe, expect, it, vi } from 'vitest';
import { progressKey } from '../../src/progress/index.ts';
import { createStoreCore } from '../../src/progress/store-core.ts';
import type * as Schema from '../../src/progress/schema.ts';
import { memoryStorage, tickingClock } from './memory-storage.ts';

const downloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/progress/schema.ts', async (importOriginal) => {
  downloads.count += 1;
  if (downloads.count === 1) throw new Error('The connection dropped.');
  return importOriginal<typeof Schema>();
});

const place = { lessonId: 'lesson-a', lang: 'sv' as const };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the progress store whose schema failed to download', () => {
  it('downloads the schema again at the next change, and keeps the progress meanwhile', async () => {
    // Text another tab wrote: reading it needs the schema.
    const otherTab = JSON.stringify({ version: 1, lessons: { 'sv/lesson-b': { status: 'done', furthestStep: 2, quizzes: {}, updatedAt: 5, finishedAt: 5 } } });
    const storage = memoryStorage({ [progressKey]: otherTab });
    const store = createStoreCore({ storage, now: tickingClock(), events: () => new EventTarget() });
    store.subscribe(() => undefined);
    store.lessonEvents.stepShown({ ...place, stepId: 'one', stepNumber: 1, stepCount: 3 });
    await settle();
    expect(downloads.count).toBe(1);
    expect(storage.data.get(progressKey)).toBe(otherTab);
    store.lessonEvents.stepShown({ ...place, stepId: 'two', stepNumber: 2, stepCount: 3 });
    await vi.waitFor(() => expect(JSON.parse(storage.data.get(progressKey) ?? '{}').lessons['sv/lesson-a']).toMatchObject({ furthestStep: 2 }));
    expect(downloads.count).toBe(2);
    expect(Object.keys(JSON.parse(storage.data.get(progressKey) ?? '{}').lessons).sort()).toEqual(['sv/lesson-a', 'sv/lesson-b']);
  });
});
