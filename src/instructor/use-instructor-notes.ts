import { useEffect, useState } from 'react';
import type { InstructorNotes } from '../content/index.ts';
import { loadInstructorNotes } from '../content/instructor-notes.ts';
import type { LessonLanguage } from '../i18n/index.ts';

export type NotesState = { status: 'ready'; notes: InstructorNotes } | { status: 'loading' } | { status: 'failed'; retry: () => void };

const cache = new Map<string, InstructorNotes>();

/**
 * A lesson's instructor notes, downloaded in an effect (never while
 * prerendering, so the HTML says "loading" and hydrates unchanged), then
 * kept for the rest of the visit.
 */
export function useInstructorNotes(language: LessonLanguage, lessonId: string): NotesState {
  const key = `${language}/${lessonId}`;
  const [state, setState] = useState<{ key: string; attempt: number; value: NotesState } | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (cache.has(key)) return;
    let current = true;
    loadInstructorNotes(language, lessonId).then(
      (notes) => {
        const found = notes ?? { overview: { preparation: [], stumbles: [], discussion: [] }, steps: {} };
        cache.set(key, found);
        if (current) setState({ key, attempt, value: { status: 'ready', notes: found } });
      },
      () => current && setState({ key, attempt, value: { status: 'failed', retry: () => setAttempt((n) => n + 1) } }),
    );
    return () => {
      current = false;
    };
  }, [key, language, lessonId, attempt]);
  // Notes are never loaded while prerendering, so the cache is empty when a page hydrates: the HTML and the first render agree.
  const cached = cache.get(key);
  if (cached) return { status: 'ready', notes: cached };
  if (state?.key === key && state.attempt === attempt) return state.value;
  return { status: 'loading' };
}
