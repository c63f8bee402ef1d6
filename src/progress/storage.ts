/**
 * The one way Nätvana reads and writes the browser's storage. Storage can be
 * switched off, full, or throw on every touch (private windows, locked-down
 * library browsers): nothing here ever throws, so a page never breaks over
 * it, and callers learn from the return values whether anything was kept.
 */

/** Every key Nätvana stores starts with this, so erasing a shared computer can find them all and nothing else. */
export const storageKeyPrefix = 'natvana';

export type StorageArea = 'local' | 'session';

export interface SafeStorage {
  /** The stored text, or undefined when there is none or storage cannot be read. */
  read(key: string): string | undefined;
  /** True when the value was kept; false when storage is off or full. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Nätvana's own keys in this storage. */
  keys(): string[];
}

function areaOf(area: StorageArea): Storage | undefined {
  try {
    // Even reading window.localStorage throws in some browsers when storage is switched off.
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Storage that never throws. Call it in effects and handlers only: there is no storage while prerendering. */
export function safeStorage(area: StorageArea = 'local'): SafeStorage {
  return {
    read(key) {
      try {
        return areaOf(area)?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        const storage = areaOf(area);
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        areaOf(area)?.removeItem(key);
      } catch {
        // Nothing could be stored there either, so there is nothing to remove.
      }
    },
    keys() {
      try {
        const storage = areaOf(area);
        return storage ? Object.keys(storage).filter((key) => key.startsWith(storageKeyPrefix)) : [];
      } catch {
        return [];
      }
    },
  };
}

/** Forgets everything Nätvana kept in this browser, in both storages, and nothing of other sites on the same address. */
export function eraseStoredData(): void {
  for (const area of ['local', 'session'] as const) {
    const storage = safeStorage(area);
    for (const key of storage.keys()) storage.remove(key);
  }
}
