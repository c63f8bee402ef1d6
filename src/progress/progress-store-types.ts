/**
 * The progress store's interface, apart from its workings, so the start page
 * can hold the store's place (lazy-store.ts) and download the workings only
 * when there is progress to read or keep.
 */
import type { CompiledLesson } from '../content/index.ts';
import type { LessonEvents } from '../player/index.ts';
import { type Progress, emptyProgress, progressKey } from './progress-data.ts';
import type { SafeStorage } from '../storage/storage.ts';

/** What the learner is told about their progress: it could not be read (and was put aside), or it is kept in memory only. */
export type ProgressNotice = 'unreadable' | 'memoryOnly' | 'newerVersion';

export interface ProgressSnapshot {
  progress: Progress;
  /** Notices the learner has not dismissed. */
  notices: readonly ProgressNotice[];
  /** False until storage has been read: while prerendering and in the first render in the browser. */
  ready: boolean;
}

export interface ProgressStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ProgressSnapshot;
  /** Empty progress: what the prerendered HTML shows, and the first render in the browser. */
  getServerSnapshot(): ProgressSnapshot;
  /** What the player reports to. */
  lessonEvents: LessonEvents;
  /** Tells the store what a lesson holds now, so saved ids it no longer has are dropped. */
  knowLesson(lesson: CompiledLesson): void;
  dismissNotice(notice: ProgressNotice): void;
  /**
   * Brings progress from another computer (a take-home code, link or file) in,
   * merged with what is here by the same rules as two tabs: nothing here is
   * lost. Resolves to false when it could not be kept on this computer.
   */
  bringIn(progress: Progress): Promise<boolean>;
}

export interface ProgressStoreOptions {
  storage?: SafeStorage;
  now?: () => number;
  /** Where `storage` events arrive: the window, in the browser. */
  events?: () => EventTarget | undefined;
}

/** Where unreadable progress is moved aside: it is kept, under its own key, for a person to look at or restore. */
export const quarantineKey = (time: number) => `${progressKey}-quarantine-${time}`;

/** Written and removed at once, to learn whether this browser keeps anything at all. */
export const probeKey = `${progressKey}-probe`;

export const serverSnapshot: ProgressSnapshot = Object.freeze({ progress: emptyProgress(), notices: Object.freeze([]), ready: false });

/** The reading side of a store, as React's useSyncExternalStore reads it. */
export type SnapshotReading = Pick<ProgressStore, 'subscribe' | 'getSnapshot' | 'getServerSnapshot'>;

/**
 * Listeners and the current snapshot, shared by the store and its stand-in:
 * the store starts (reads storage, listens to other tabs) when its first
 * listener subscribes, which is after the first render, never while prerendering.
 */
export function snapshotChannel(start: () => void): { publish(next: ProgressSnapshot): void; reading: SnapshotReading } {
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot = serverSnapshot;
  return {
    publish(next) {
      snapshot = next;
      for (const listener of listeners) listener();
    },
    reading: {
      subscribe(listener) {
        listeners.add(listener);
        start();
        return () => {
          listeners.delete(listener);
        };
      },
      getSnapshot: () => snapshot,
      getServerSnapshot: () => serverSnapshot,
    },
  };
}
