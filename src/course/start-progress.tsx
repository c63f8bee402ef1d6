import { type LessonLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { findModule, lessonsOfModule } from '../content/index.ts';
import { type Progress, continuePlace, moduleTally } from '../progress/index.ts';
import { ButtonLink } from '../ui/button.tsx';
import { ArrowIcon } from '../ui/arrow-icon.tsx';
import { paths } from '../paths/index.ts';

/*
 * What the start page shows of a returning learner's progress. A chunk of its
 * own, downloaded with the lesson index and only when there is progress to
 * show: a first visit needs neither.
 */

/** The lesson the learner was in last, at the top of the start page; nothing when there is none. */
export function ContinueWhereYouLeftOff({ progress, lessonLanguage }: { progress: Progress; lessonLanguage: LessonLanguage }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const place = continuePlace(progress, lessonLanguage);
  if (!place) return null;
  const module = findModule(place.lesson.module);
  return (
    <section className="continue-lesson" aria-labelledby="continue-lesson-heading">
      <h2 id="continue-lesson-heading">{t('progress.continueHeading')}</h2>
      <p className="continue-lesson-title" lang={lessonLanguage}>
        {place.lesson.title}
      </p>
      <p>
        {t('progress.continueStep', { current: place.stepNumber, total: place.lesson.stepCount })}
        {module && (
          <>
            {' · '}
            <span lang={lessonLanguage}>{module.title[lessonLanguage]}</span>
          </>
        )}
      </p>
      <ButtonLink to={paths.lessonStep(language, place.lesson.id, place.stepNumber)}>
        {t('progress.continueButton')}
        <ArrowIcon direction="forward" />
      </ButtonLink>
    </section>
  );
}

/** A module tile's count of lessons done, once any of its lessons is started; nothing before. */
export function ModuleProgress({ progress, lessonLanguage, moduleId }: { progress: Progress; lessonLanguage: LessonLanguage; moduleId: string }) {
  const { t } = useTranslation();
  const anyStarted = lessonsOfModule(lessonLanguage, moduleId).some((lesson) => progress.lessons[`${lessonLanguage}/${lesson.id}`]);
  if (!anyStarted) return null;
  const tally = moduleTally(progress, lessonLanguage, moduleId);
  return <>{t('progress.lessonsDone', { done: tally.done, count: tally.total })}</>;
}
