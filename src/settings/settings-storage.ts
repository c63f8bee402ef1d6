import { type SafeStorage, safeStorage } from '../storage/index.ts';
import { type DisplaySettings, parseSettings, serialiseSettings, settingsKey } from './settings.ts';

/** The stored settings; none when storage is off or holds nothing usable. */
export function readSettings(storage: SafeStorage = safeStorage()): DisplaySettings {
  return parseSettings(storage.read(settingsKey));
}

/** Keeps the settings on this computer; false when storage is off or full (they then last only as long as the page). */
export function writeSettings(settings: DisplaySettings, storage: SafeStorage = safeStorage()): boolean {
  if (Object.keys(settings).length === 0) {
    storage.remove(settingsKey);
    return storage.read(settingsKey) === undefined;
  }
  return storage.write(settingsKey, serialiseSettings(settings));
}
