import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { findLessonSummary, loadLessonIndex } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Button } from '../ui/button.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { canKeepOffline, offlineList, savedLessonIds } from './offline-files.ts';

/** Without the internet, a lesson that is not saved on this computer: said plainly, with the lessons that are. */
export function NotSavedNotice({ retry }: { retry: () => void }) {
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
        // The titles of the saved lessons are in the lesson index, kept offline with the app.
        const [ids] = await Promise.all([savedLessonIds(list), loadLessonIndex()]);
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
