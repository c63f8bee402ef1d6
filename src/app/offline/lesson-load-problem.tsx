import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../a11y/index.ts';
import { findLessonSummary } from '../../content/index.ts';
import { lessonLanguageFor, loadNamespace, namespaceLoaded, useTranslation, useUiLanguage } from '../../i18n/index.ts';
import { Button } from '../../ui/button.tsx';
import { usePageTitle } from '../page-head.tsx';
import { type LoadState, LoadProblem } from '../pages/load-problem.tsx';
import { paths } from '../routes.ts';
import { canKeepOffline, offlineList, savedLessonIds } from './offline-files.ts';

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
 * While a lesson downloads, or when it could not be: without the internet, a
 * lesson that is not saved on this computer says so plainly and offers the
 * lessons that are, instead of a general "could not be loaded".
 */
export function LessonLoadProblem({ state }: { state: LoadState }) {
  const online = useOnline();
  const language = useUiLanguage();
  const notSaved = state.status === 'failed' && !online;
  // The notice's words are a file of their own, kept offline with the app: a lesson step that loads never downloads them.
  const [, setArrivals] = useState(0);
  const wordsHere = notSaved && namespaceLoaded(language, 'offline');
  useEffect(() => {
    if (!notSaved || wordsHere) return;
    let current = true;
    loadNamespace(language, 'offline').then(
      () => current && setArrivals((arrivals) => arrivals + 1),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [notSaved, wordsHere, language]);
  if (notSaved && state.status === 'failed' && wordsHere) return <NotSavedNotice retry={state.retry} />;
  return <LoadProblem what="lesson" state={state} />;
}

function NotSavedNotice({ retry }: { retry: () => void }) {
  const { t } = useTranslation('offline');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('notice.heading'), tCommon('siteName'));
  const [saved, setSaved] = useState<{ language: string; ids: string[] } | undefined>(undefined);

  useEffect(() => {
    if (!canKeepOffline()) return;
    let current = true;
    offlineList(language)
      .then(async (list) => {
        const ids = await savedLessonIds(list);
        if (current) setSaved({ language, ids: Object.keys(list.lessons).filter((id) => ids.has(id)) });
      })
      .catch(() => {
        if (current) setSaved({ language, ids: [] });
      });
    return () => {
      current = false;
    };
  }, [language]);

  const lessons = (saved?.language === language ? saved.ids : []).flatMap((id) => findLessonSummary(lessonLanguage, id) ?? []);
  return (
    <div className="lesson-load offline-notice">
      <PageHeading>{t('notice.heading')}</PageHeading>
      <p>{t('notice.text')}</p>
      <h2>{t('notice.savedHeading')}</h2>
      {saved && lessons.length === 0 && <p>{t('notice.noneSaved')}</p>}
      {lessons.length > 0 && (
        <ul className="offline-saved-lessons">
          {lessons.map((lesson) => (
            <li key={lesson.id} lang={lessonLanguage}>
              <Link to={paths.lessonStep(language, lesson.id, 1)}>{lesson.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.start(language)}>{t('notice.start')}</Link>
      </p>
      <Button variant="secondary" onClick={retry}>
        {t('notice.retry')}
      </Button>
    </div>
  );
}
