/*
 * The storage part's public surface: the one way Nätvana reads and writes the
 * browser's storage, and erasing it on a shared computer. A shared part, so
 * the progress store, the kiosk, the display settings and the instructor's
 * tools each reach storage without depending on one another.
 */
export { eraseStoredData, kioskTrial, kioskTrialKey, safeStorage, storageKeyPrefix, type SafeStorage, type StorageArea } from './storage.ts';
