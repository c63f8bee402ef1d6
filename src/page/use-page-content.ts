import { useEffect, useState } from 'react';

export type PageContentState<Value> =
  | { status: 'ready'; value: Value }
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; retry: () => void };

/**
 * A page's text from its own chunk (a glossary, a site page). It renders at
 * once when the text was loaded before hydration (the route table's
 * `content`), so prerendered HTML hydrates unchanged; after a navigation
 * inside the app it downloads, with a loading state and a way to try again.
 */
export function usePageContent<Value>(key: string, loaded: () => Value | undefined, load: () => Promise<Value | undefined>): PageContentState<Value> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; attempt: number; state: PageContentState<Value> } | undefined>(undefined);
  const cached = loaded();

  useEffect(() => {
    if (cached !== undefined) return;
    let current = true;
    load().then(
      (value) => {
        if (current) setResult({ key, attempt, state: value === undefined ? { status: 'missing' } : { status: 'ready', value } });
      },
      () => {
        if (current) setResult({ key, attempt, state: { status: 'failed', retry: () => setAttempt((n) => n + 1) } });
      },
    );
    return () => {
      current = false;
    };
    // `loaded` and `load` are read afresh each render; the key names what they load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, cached === undefined]);

  if (cached !== undefined) return { status: 'ready', value: cached };
  if (result?.key === key && result.attempt === attempt) return result.state;
  return { status: 'loading' };
}
