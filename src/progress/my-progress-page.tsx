import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { lessonIndex, lessonsOfModule } from '../content/index.ts';
import { lessonState, moduleTally, overallTally, useProgress, useProgressStore } from './index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';

/**
 * What the learner has done, per module and lesson. The prerendered page
 * lists the lessons only (there is no progress on the server); each state
 * fills in a line kept for it once the stored progress is read.
 */
export function MyProgressPage() {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('myProgress.title'), tCommon('siteName'));
  const store = useProgressStore();
  const { progress, ready } = useProgress(store);
  const overall = overallTally(progress, lessonLanguage);
  const anything = Object.keys(progress.lessons).some((key) => key.startsWith(`${lessonLanguage}/`));

  return (
    <>
      <PageHeading>{t('myProgress.heading')}</PageHeading>
      <p className="lead">{t('myProgress.intro')}</p>
      <p>
        <Link className="standalone-link" to={paths.takeHome(language)}>{t('myProgress.takeHome')}</Link>
      </p>
      <p className="module-progress">
        {ready ? (anything ? tCommon('progress.lessonsDone', { done: overall.done, count: overall.total }) : t('myProgress.nothingYet')) : null}
      </p>
      {lessonIndex.modules.map((module) => {
        const tally = moduleTally(progress, lessonLanguage, module.id);
        return (
          <section key={module.id} aria-labelledby={`progress-module-${module.id}`}>
            <h2 id={`progress-module-${module.id}`} lang={lessonLanguage}>
              {module.title[lessonLanguage]}
            </h2>
            <p className="module-progress">{ready ? tCommon('progress.lessonsDone', { done: tally.done, count: tally.total }) : null}</p>
            {ready && tally.total > 0 && tally.done === tally.total && (
              <p>
                <Link className="standalone-link" to={paths.certificate(language, module.id)}>
                  {t('myProgress.certificateLink', { module: module.title[lessonLanguage] })}
                </Link>
              </p>
            )}
            <ul>
              {lessonsOfModule(lessonLanguage, module.id).map((lesson) => {
                const state = lessonState(progress, lessonLanguage, lesson);
                const step = state.status === 'started' ? state.stepNumber : 1;
                return (
                  <li key={lesson.id}>
                    <Link to={paths.lessonStep(language, lesson.id, step)} lang={lessonLanguage} className="progress-lesson-link">
                      {lesson.title}
                    </Link>
                    <p className="lesson-progress">
                      {!ready
                        ? null
                        : state.status === 'started'
                          ? tCommon('progress.started', { current: state.stepNumber, total: lesson.stepCount })
                          : tCommon(`progress.${state.status}`)}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
