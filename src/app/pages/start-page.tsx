import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../a11y/index.ts';
import { lessonIndex, lessonsOfModule } from '../../content/index.ts';
import { lessonLanguageFor, useUiLanguage } from '../../i18n/index.ts';
import { usePageTitle } from '../page-head.tsx';
import { paths } from '../routes.ts';

export function StartPage() {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('start.title'), tCommon('siteName'));

  return (
    <>
      <PageHeading>{t('start.heading')}</PageHeading>
      <p className="lead">{t('start.intro')}</p>
      <h2>{t('start.modulesHeading')}</h2>
      <ul className="module-tiles">
        {lessonIndex.modules.map((module) => {
          const lessons = lessonsOfModule(lessonLanguage, module.id);
          const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
          return (
            <li key={module.id} className="module-tile">
              <img className="module-picture" src={module.picture} alt="" width="160" height="120" />
              <h3 className="module-title" lang={lessonLanguage}>
                <Link className="tile-link" to={paths.module(language, module.id)}>
                  {module.title[lessonLanguage]}
                </Link>
              </h3>
              <p className="module-summary" lang={lessonLanguage}>
                {module.summary[lessonLanguage]}
              </p>
              <p className="module-meta">
                {t('start.lessonCount', { count: lessons.length })} · {t('start.minutes', { count: minutes })}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
