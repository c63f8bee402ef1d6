/**
 * The progress store as the start page gets it: a stand-in that downloads
 * the store's workings (merging, and the schema that checks stored text)
 * only when they are needed: when something is stored to read, when this
 * browser cannot keep anything (so the learner is told), when a lesson
 * reports progress, or when another tab writes some. A first visit to the
 * start page, with nothing stored, never downloads them.
 */
import type { LessonEvents } from '../player/index.ts';
import { emptyProgress, progressKey } from './progress-data.ts';
import { type ProgressStore, probeKey, snapshotChannel } from './progress-store-types.ts';
import { type SafeStorage, safeStorage } from '../storage/storage.ts';
import { loadOnce } from '../loading/index.ts';

export function createLazyProgressStore(
  load: () => Promise<ProgressStore>,
  storage: SafeStorage = safeStorage('local'),
  events: () => EventTarget | undefined = () => (typeof window === 'undefined' ? undefined : window),
): ProgressStore {
  const { publish, reading } = snapshotChannel(start);
  let started = false;
  // The real store, once: a failed download is forgotten, so the next need tries it again.
  const { load: real } = loadOnce(() =>
    load().then((store) => {
      events()?.removeEventListener('storage', onStorage);
      store.subscribe(() => publish(store.getSnapshot()));
      publish(store.getSnapshot());
      return store;
    }),
  );

  /** Runs on the real store, in the order asked, once it is there. */
  let queue: Promise<unknown> = Promise.resolve();
  function withReal(action: (store: ProgressStore) => void): void {
    queue = queue.then(() => real().then(action)).catch(() => undefined);
  }

  function onStorage(event: Event): void {
    const { key } = event as StorageEvent;
    if (key === progressKey) void real().catch(() => undefined);
  }

  function start(): void {
    if (started) return;
    started = true;
    const somethingStored = storage.read(progressKey) !== undefined;
    const keepsNothing = !storage.write(probeKey, '1');
    if (!keepsNothing) storage.remove(probeKey);
    if (somethingStored || keepsNothing) {
      void real().catch(() => undefined);
      return;
    }
    events()?.addEventListener('storage', onStorage);
    publish({ progress: emptyProgress(), notices: [], ready: true });
  }

  const lessonEvents: LessonEvents = {
    stepShown: (event) => withReal((store) => store.lessonEvents.stepShown(event)),
    quizAnswered: (event) => withReal((store) => store.lessonEvents.quizAnswered(event)),
    practiceOutcome: (event) => withReal((store) => store.lessonEvents.practiceOutcome(event)),
    lessonFinished: (event) => withReal((store) => store.lessonEvents.lessonFinished(event)),
  };

  return {
    ...reading,
    lessonEvents,
    knowLesson: (lesson) => withReal((store) => store.knowLesson(lesson)),
    dismissNotice: (notice) => withReal((store) => store.dismissNotice(notice)),
    bringIn: (progress) => real().then((store) => store.bringIn(progress)),
  };
}
