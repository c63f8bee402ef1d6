import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { findModule, lessonsOfModule } from '../content/index.ts';
import { type LessonProgressState, lessonState, moduleTally, useProgress, useProgressStore } from '../progress/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { LessonLanguageNotice } from '../page/lesson-language-notice.tsx';
import { SaveCourseSlot } from '../offline/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { NotFoundPage } from '../page/not-found-page.tsx';

export function ModulePage() {
  const { moduleId } = useParams();
  const module = findModule(moduleId);
  return module ? <ModuleView moduleId={module.id} /> : <NotFoundPage />;
}

function ModuleView({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const module = findModule(moduleId);
  const title = module?.title[lessonLanguage] ?? '';
  usePageTitle(title, tCommon('siteName'));
  // Empty while prerendering and hydrating; each lesson's state fills in right after.
  const { progress, ready } = useProgress(useProgressStore());
  if (!module) return null;
  const stateText = (state: LessonProgressState, stepCount: number) =>
    state.status === 'started' ? tCommon('progress.started', { current: state.stepNumber, total: stepCount }) : tCommon(`progress.${state.status}`);
  const lessons = lessonsOfModule(lessonLanguage, module.id);
  const tally = moduleTally(progress, lessonLanguage, module.id);

  return (
    <>
      <Breadcrumbs items={[{ label: tCommon('nav.start'), to: paths.start(language) }]} current={title} currentLang={lessonLanguage} />
      <LessonLanguageNotice lessonLanguage={lessonLanguage} />
      <div lang={lessonLanguage}>
        <PageHeading>{title}</PageHeading>
        <p className="lead">{module.summary[lessonLanguage]}</p>
      </div>
      {ready && tally.total > 0 && tally.done === tally.total && (
        <div className="certificate-offer">
          <p>{t('module.allDone')}</p>
          <p>
            <Link className="standalone-link" to={paths.certificate(language, module.id)}>
              {t('module.certificateLink')}
            </Link>
          </p>
        </div>
      )}
      <h2>{t('module.lessonsHeading')}</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="lesson-item">
            <h3 className="lesson-item-title" lang={lessonLanguage}>
              <Link className="tile-link" to={paths.lessonStep(language, lesson.id, 1)}>
                {lesson.title}
              </Link>
            </h3>
            <p lang={lessonLanguage}>{lesson.summary}</p>
            <p className="lesson-meta">
              {t('module.stepCount', { count: lesson.stepCount })} · {t('module.minutes', { count: lesson.minutes })}
            </p>
            <p className="lesson-progress">{ready ? stateText(lessonState(progress, lessonLanguage, lesson), lesson.stepCount) : null}</p>
          </li>
        ))}
      </ol>
      <SaveCourseSlot moduleId={module.id} />
    </>
  );
}
