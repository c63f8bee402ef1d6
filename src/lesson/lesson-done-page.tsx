import { Suspense, lazy, useEffect } from 'react';
import { lessonLanguageFor, lessonLanguages, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { type CompiledLesson, type ModuleSummary, findModule, useLesson, useLessonIndexWhen } from '../content/index.ts';
import { canFinish, lessonKey, moduleTally, useProgress, useProgressStore } from '../progress/index.ts';
import { ArrowIcon, ButtonLink, RightIcon } from '../ui/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { LessonLoadProblem } from '../offline/index.ts';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { useLessonEvents } from './lesson-events.ts';
import type { DonePartProps } from './lesson-not-yet.tsx';

export function LessonDonePage() {
  const { lessonId } = useParams();
  const language = useUiLanguage();
  const state = useLesson(lessonLanguageFor(language), lessonId ?? '');
  if (state.status === 'ready') return <LessonDoneView lesson={state.lesson} />;
  if (state.status === 'missing' || !lessonId) return <NotFoundPage />;
  return <LessonLoadProblem state={state} />;
}

/** The part of the done page for a lesson not done yet: rarely needed, so a chunk of its own with its words. */
const LessonNotYet = lazy(() => import('./lesson-not-yet.tsx'));

/** The lesson's done page, from the lesson alone: it names the lesson that comes next, so no index of the course is needed. */
function LessonDoneView({ lesson: summary }: { lesson: CompiledLesson }) {
  const { t } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const lessonId = summary.id;
  const stepCount = summary.steps.length;
  const module = findModule(summary.module);
  const lessonEvents = useLessonEvents();
  useEffect(() => {
    lessonEvents.lessonFinished({ lessonId, lang: lessonLanguage, stepCount });
  }, [lessonEvents, lessonId, lessonLanguage, stepCount]);
  // Opened from a link, before the steps were gone through here, the page says so instead of congratulating.
  const { progress, ready } = useProgress(useProgressStore());
  const saved = progress.lessons[lessonKey(lessonLanguage, lessonId)];
  const notYet = ready && saved?.status !== 'done' && !canFinish(saved, stepCount);
  if (!module) return null;

  const breadcrumbs = (
    <Breadcrumbs
      items={[
        { label: tCommon('nav.start'), to: paths.start(language) },
        { label: module.title[lessonLanguage], to: paths.module(language, module.id), lang: lessonLanguage },
      ]}
      current={summary.title}
      currentLang={lessonLanguage}
    />
  );
  const wayBack = (
    <>
      <li>
        <Link to={paths.module(language, module.id)}>{t('done.backToModule', { module: module.title[lessonLanguage] })}</Link>
      </li>
      <li>
        <Link to={paths.start(language)}>{t('done.backToStart')}</Link>
      </li>
    </>
  );
  const congratulations = <LessonCongratulations lesson={summary} module={module} breadcrumbs={breadcrumbs} wayBack={wayBack} />;
  if (!notYet) return congratulations;
  return (
    // While its chunk downloads, the page stays as it was prerendered.
    <Suspense fallback={congratulations}>
      <LessonNotYet
        lesson={summary}
        goneThrough={saved ? Math.min(saved.furthestStep, stepCount) : undefined}
        // The same lesson finished in another language (the learner switched language on its done page): said, not counted.
        doneIn={lessonLanguages.find((other) => other !== lessonLanguage && progress.lessons[lessonKey(other, lessonId)]?.status === 'done')}
        breadcrumbs={breadcrumbs}
        wayBack={wayBack}
      />
    </Suspense>
  );
}

/** The done page as nearly every learner who opens it meets it, and as it is prerendered. */
function LessonCongratulations({ lesson: summary, module, breadcrumbs, wayBack }: DonePartProps & { module: ModuleSummary }) {
  const { t } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const { next } = summary;
  const nextModule = next ? findModule(next.module) : undefined;
  usePageTitle(t('done.title', { lesson: summary.title }), tCommon('siteName'));

  return (
    <>
      {breadcrumbs}
      <div className="lesson-done">
        <RightIcon className="done-icon" />
        <PageHeading>{t('done.heading')}</PageHeading>
        <p className="lead">{t('done.finished', { lesson: summary.title })}</p>
        <h2>{t('done.objectivesHeading')}</h2>
        <ul className="objectives" lang={lessonLanguage}>
          {summary.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </div>
      {next && nextModule ? (
        <section className="next-lesson" aria-labelledby="next-lesson-heading">
          <h2 id="next-lesson-heading">{t('done.nextHeading')}</h2>
          <p className="next-lesson-title" lang={lessonLanguage}>
            {next.title}
            {next.module !== summary.module && <span className="next-lesson-module"> ({nextModule.title[lessonLanguage]})</span>}
          </p>
          <p lang={lessonLanguage}>{next.summary}</p>
          <ButtonLink to={paths.lessonStep(language, next.id, 1)}>
            {t('done.startNext')}
            <ArrowIcon direction="forward" />
          </ButtonLink>
        </section>
      ) : (
        <p>{t('done.allDone')}</p>
      )}
      <ul className="done-links">
        {!next || next.module !== summary.module ? <CertificateLink moduleId={module.id} moduleTitle={module.title[lessonLanguage]} /> : null}
        <li>
          <Link to={paths.lessonStep(language, summary.id, 1)}>{t('done.again')}</Link>
        </li>
        {wayBack}
      </ul>
    </>
  );
}

/**
 * After a module's last lesson, the way to its certificate, once every lesson
 * of the module is done on this computer. The lesson alone does not say which
 * lessons the module has: the lesson index is downloaded for it, here only.
 * A learner who finished the module's lessons in another order finds the
 * certificate on the module page and on My progress.
 */
function CertificateLink({ moduleId, moduleTitle }: { moduleId: string; moduleTitle: string }) {
  const { t } = useTranslation('player');
  const language = useUiLanguage();
  const { progress, ready } = useProgress(useProgressStore());
  const indexHere = useLessonIndexWhen(true);
  if (!ready || !indexHere) return null;
  const tally = moduleTally(progress, lessonLanguageFor(language), moduleId);
  if (tally.total === 0 || tally.done < tally.total) return null;
  return (
    <li>
      <Link to={paths.certificate(language, moduleId)}>{t('done.certificate', { module: moduleTitle })}</Link>
    </li>
  );
}
