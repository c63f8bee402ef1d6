// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseStoredData, safeStorage } from '../../src/storage/index.ts';

afterEach(() => {
  // Before clearing: a test may have made storage throw.
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('safeStorage', () => {
  it('keeps and reads back a value', () => {
    const storage = safeStorage();
    expect(storage.write('natvana-settings', '{"size":2}')).toBe(true);
    expect(storage.read('natvana-settings')).toBe('{"size":2}');
    expect(localStorage.getItem('natvana-settings')).toBe('{"size":2}');
  });

  it('reads nothing, says nothing was kept and throws nowhere when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = safeStorage();
    expect(storage.read('natvana-settings')).toBeUndefined();
    expect(storage.write('natvana-settings', 'x')).toBe(false);
    expect(() => storage.remove('natvana-settings')).not.toThrow();
    expect(() => eraseStoredData()).not.toThrow();
  });

  it('works when even reaching window.localStorage throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Storage is switched off.', 'SecurityError');
    });
    const storage = safeStorage();
    expect(storage.read('natvana-progress')).toBeUndefined();
    expect(storage.write('natvana-progress', '{}')).toBe(false);
    expect(storage.keys()).toEqual([]);
  });
});

describe('eraseStoredData', () => {
  it('forgets Nätvana’s keys in both storages and leaves other sites’ keys alone', () => {
    localStorage.setItem('natvana-progress', '{}');
    localStorage.setItem('natvana-settings', '{}');
    sessionStorage.setItem('natvana-kiosk', '1');
    localStorage.setItem('library-catalogue', 'kept');
    eraseStoredData();
    expect(Object.keys(localStorage)).toEqual(['library-catalogue']);
    expect(Object.keys(sessionStorage)).toEqual([]);
  });
});
