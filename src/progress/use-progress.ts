import { useSyncExternalStore } from 'react';
import type { ProgressSnapshot, ProgressStore } from './store.ts';

/**
 * The learner's progress for a component. Empty while prerendering and in the
 * first render in the browser (so hydration matches the HTML); the stored
 * progress arrives right after, when the store is subscribed to.
 */
export function useProgress(store: ProgressStore): ProgressSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
