/**
 * Loading something once: a chunk of code, a file of strings, a list. Later
 * calls share the one download, and a failed one is forgotten, so the next
 * call (a "Try again" button, the next page) downloads it afresh instead of
 * repeating the old failure. A shared part: it imports nothing of Nätvana's.
 */
export interface LoadOnce<Value> {
  /** The value, downloaded on the first call; later calls share that download. */
  load(): Promise<Value>;
  /** The value once it has loaded, so what shows it can render at once. */
  loaded(): Value | undefined;
}

export function loadOnce<Value>(load: () => Promise<Value>): LoadOnce<Value> {
  const perKey = loadOncePerKey<true, Value>(load);
  return { load: () => perKey.load(true), loaded: () => perKey.loaded(true) };
}

/** The same for a value per key (a language, a file): each key is loaded once, and a failed key is forgotten alone. */
export interface LoadOncePerKey<Key, Value> {
  load(key: Key): Promise<Value>;
  loaded(key: Key): Value | undefined;
}

export function loadOncePerKey<Key, Value>(load: (key: Key) => Promise<Value>): LoadOncePerKey<Key, Value> {
  const pending = new Map<Key, Promise<Value>>();
  const values = new Map<Key, Value>();
  return {
    load(key) {
      let download = pending.get(key);
      if (!download) {
        download = load(key).then(
          (value) => {
            values.set(key, value);
            return value;
          },
          (error: unknown) => {
            // Forget the failure (the connection dropped), so the next call downloads afresh.
            pending.delete(key);
            throw error;
          },
        );
        pending.set(key, download);
      }
      return download;
    },
    loaded: (key) => values.get(key),
  };
}
