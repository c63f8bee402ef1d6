/**
 * The progress store with its schema from the start: for a browser that has
 * progress stored (there is text to check at once) and for tests. A first
 * visit gets store-core.ts alone, which downloads the schema only when it
 * meets text to check (see index.ts).
 */
import type { ProgressStore, ProgressStoreOptions } from './progress-store-types.ts';
import { decodeProgress } from './schema.ts';
import { createStoreCore } from './store-core.ts';

export { shapeOf } from './store-core.ts';
export type { ProgressNotice, ProgressSnapshot, ProgressStore, ProgressStoreOptions } from './progress-store-types.ts';

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  return createStoreCore({ decode: decodeProgress, ...options });
}
