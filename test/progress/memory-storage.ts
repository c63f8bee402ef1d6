import type { SafeStorage } from '../../src/storage/index.ts';

/** A SafeStorage in a Map, whose writes can be made to fail, like a full or switched-off browser storage. */
export function memoryStorage(initial: Record<string, string> = {}): SafeStorage & { data: Map<string, string>; failWrites: boolean } {
  const data = new Map(Object.entries(initial));
  const storage = {
    data,
    failWrites: false,
    read: (key: string) => data.get(key),
    write(key: string, value: string) {
      if (storage.failWrites) return false;
      data.set(key, value);
      return true;
    },
    remove: (key: string) => void data.delete(key),
    keys: () => [...data.keys()].filter((key) => key.startsWith('natvana')),
  };
  return storage;
}

/** A clock that moves on by one millisecond each time it is read, so every event has its own time. */
export function tickingClock(start = 1_000): () => number {
  let time = start;
  return () => time++;
}
