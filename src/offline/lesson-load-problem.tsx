import { type ComponentType, useEffect, useState, useSyncExternalStore } from 'react';
import { loadNamespace, useUiLanguage } from '../i18n/index.ts';
import { type LoadState, LoadProblem } from '../page/load-problem.tsx';

type Notice = ComponentType<{ retry: () => void }>;

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** False when the browser knows it has no network; true while prerendering and hydrating. */
function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * "Try again" fetches a fresh copy: a kept answer that cannot be the lesson's
 * file (a host's page kept by an older service worker) is removed first. The
 * code that does it downloads only when the learner presses the button.
 */
function retryFresh(retry: () => void): void {
  import('./offline-files.ts')
    .then((files) => files.dropAnswersThatDoNotFit())
    .catch(() => undefined)
    .finally(retry);
}

/**
 * While a lesson downloads, or when it could not be: without the internet, a
 * lesson that is not saved on this computer says so plainly and offers the
 * lessons that are, instead of a general "could not be loaded".
 */
export function LessonLoadProblem({ state }: { state: LoadState }) {
  const online = useOnline();
  const language = useUiLanguage();
  const notSaved = state.status === 'failed' && !online;
  // The notice and its words are files of their own, kept offline with the app: a lesson step that loads never downloads them.
  const [NotSavedNotice, setNotice] = useState<Notice | undefined>(undefined);
  useEffect(() => {
    if (!notSaved || NotSavedNotice) return;
    let current = true;
    Promise.all([import('./not-saved-notice.tsx'), loadNamespace(language, 'offline')]).then(
      ([module]) => current && setNotice(() => module.NotSavedNotice),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [notSaved, NotSavedNotice, language]);
  if (state.status === 'failed' && notSaved && NotSavedNotice) return <NotSavedNotice retry={state.retry} />;
  if (state.status === 'failed') return <LoadProblem what="lesson" state={{ ...state, retry: () => retryFresh(state.retry) }} />;
  return <LoadProblem what="lesson" state={state} />;
}
