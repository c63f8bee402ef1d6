export { eraseStoredData, safeStorage, storageKeyPrefix, type SafeStorage, type StorageArea } from './storage.ts';
