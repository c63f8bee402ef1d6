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

/** Kiosk mode switched on by the address (`?kiosk=1`), for this browser session: the computer's mode, not the learner's data. */
export const kioskTrialKey = `${storageKeyPrefix}-kiosk-trial`;

/**
 * Whether kiosk mode is being tried in this session: `?kiosk=1` in `search`
 * switches it on and `?kiosk=0` off, remembered in sessionStorage until the
 * browser is closed. Call it in effects and handlers only.
 *
 * A link can carry `?kiosk=1` to anyone, and kiosk mode erases everything
 * after a while: where this browser already holds something of Nätvana's, it
 * is not remembered here. The kiosk question (`KioskGate`) asks first, and
 * writes `1` for a yes or `0` for a no, which the link does not ask again.
 */
export function kioskTrial(search: string): boolean {
  const session = safeStorage('session');
  const asked = new URLSearchParams(search).get('kiosk');
  if (asked === '1' && safeStorage('local').keys().length === 0) session.write(kioskTrialKey, '1');
  if (asked === '0') session.remove(kioskTrialKey);
  const remembered = session.read(kioskTrialKey);
  return remembered === '1' || (asked === '1' && remembered !== '0');
}

/**
 * Forgets everything Nätvana kept in this browser, in both storages (progress,
 * display settings, and any key Nätvana adds later), and nothing of other
 * sites on the same address. Kiosk mode being tried stays on: it belongs to
 * the computer, not to the learner who leaves.
 */
export function eraseStoredData(): void {
  for (const area of ['local', 'session'] as const) {
    const storage = safeStorage(area);
    for (const key of storage.keys()) if (!(area === 'session' && key === kioskTrialKey)) storage.remove(key);
  }
}
