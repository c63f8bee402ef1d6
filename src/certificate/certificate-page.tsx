import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { type LessonSummary, findModule, libraryConfig, libraryText, lessonsOfModule } from '../content/index.ts';
import { type UiLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type Progress, lessonState, moduleTally, useProgress, useProgressStore } from '../progress/index.ts';
import { Button, Field } from '../ui/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { NotFoundPage } from '../page/not-found-page.tsx';
// With the other pages' chunk, not the first stylesheet: only this page and the module page's offer use it.
import './certificate.css';

/** How each interface language writes a date in full: "1 december 2026", "1 December 2026". */
const dateLocales: Record<UiLanguage, string> = { sv: 'sv-SE', en: 'en-GB', ar: 'ar' };

const noChanges = () => () => undefined;

/**
 * Today's date as the page's language writes it. Not while prerendering or
 * hydrating (undefined then): a prerendered page must not carry the day it was built.
 */
function useToday(language: UiLanguage): string | undefined {
  return useSyncExternalStore(
    noChanges,
    () => new Intl.DateTimeFormat(dateLocales[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
    () => undefined,
  );
}

export function CertificatePage() {
  const { moduleId } = useParams();
  const module = findModule(moduleId);
  return module ? <CertificateView moduleId={module.id} /> : <NotFoundPage />;
}

/**
 * A module's certificate. It says only what this computer's progress shows:
 * that every lesson of the module is done. The prerendered page says neither
 * finished nor not finished (there is no progress on the server); which one
 * it is fills in once the stored progress is read.
 */
function CertificateView({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const module = findModule(moduleId);
  const moduleTitle = module?.title[lessonLanguage] ?? '';
  usePageTitle(t('certificate.title', { module: moduleTitle }), tCommon('siteName'));
  const { progress, ready } = useProgress(useProgressStore());
  if (!module) return null;
  const lessons = lessonsOfModule(lessonLanguage, moduleId);
  const tally = moduleTally(progress, lessonLanguage, moduleId);
  const finished = tally.total > 0 && tally.done === tally.total;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tCommon('nav.start'), to: paths.start(language) },
          { label: moduleTitle, to: paths.module(language, moduleId), lang: lessonLanguage },
        ]}
        current={t('certificate.certificate')}
      />
      <div className="print-hidden">
        <PageHeading>{t('certificate.title', { module: moduleTitle })}</PageHeading>
        <p className="lead">{t('certificate.lead')}</p>
      </div>
      {!ready ? null : finished ? (
        <NameAndCertificate moduleTitle={moduleTitle} lessons={lessons} />
      ) : (
        <WhatIsLeft moduleId={moduleId} moduleTitle={moduleTitle} lessons={lessons} progress={progress} />
      )}
    </>
  );
}

/** Where the module is not finished here: what is left, each lesson a link to the step the learner is on. No certificate. */
function WhatIsLeft({ moduleId, moduleTitle, lessons, progress }: { moduleId: string; moduleTitle: string; lessons: readonly LessonSummary[]; progress: Progress }) {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const tally = moduleTally(progress, lessonLanguage, moduleId);
  const left = lessons.flatMap((lesson) => {
    const state = lessonState(progress, lessonLanguage, lesson);
    return state.status === 'done' ? [] : [{ lesson, state }];
  });
  return (
    <>
      <p>{t('certificate.notFinished')}</p>
      <p className="module-progress">{tCommon('progress.lessonsDone', { done: tally.done, count: tally.total })}</p>
      <h2>{t('certificate.leftHeading')}</h2>
      <ul>
        {left.map(({ lesson, state }) => (
          <li key={lesson.id}>
            <Link
              to={paths.lessonStep(language, lesson.id, state.status === 'started' ? state.stepNumber : 1)}
              lang={lessonLanguage}
              dir="auto"
              className="progress-lesson-link"
            >
              {lesson.title}
            </Link>
            <p className="lesson-progress">
              {state.status === 'started' ? tCommon('progress.started', { current: state.stepNumber, total: lesson.stepCount }) : tCommon('progress.notStarted')}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link className="standalone-link" to={paths.module(language, moduleId)}>
          {t('certificate.backToModule', { module: moduleTitle })}
        </Link>
      </p>
    </>
  );
}

/**
 * The name field and the certificate, which follows what is typed. The name
 * lives in this component's state alone: no form that sends it, no address,
 * no storage, and no form history (autocomplete off, for a shared computer).
 * It is emptied when the page is left, even into the browser's back-forward
 * cache, so coming back does not show the last learner's name.
 */
function NameAndCertificate({ moduleTitle, lessons }: { moduleTitle: string; lessons: readonly LessonSummary[] }) {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  const [name, setName] = useState('');
  const today = useToday(language);
  const libraryName = libraryText(libraryConfig.name, language);
  useEffect(() => {
    const forget = () => setName('');
    window.addEventListener('pagehide', forget);
    return () => window.removeEventListener('pagehide', forget);
  }, []);
  const shownName = name.trim();

  return (
    <>
      <div className="print-hidden certificate-controls">
        <p>{t('certificate.finishedLead')}</p>
        <Field
          id="certificate-name"
          label={t('certificate.nameLabel')}
          hint={t('certificate.nameHint')}
          inputProps={{ value: name, onChange: (event) => setName(event.target.value), autoComplete: 'off', spellCheck: false, dir: 'auto' }}
        />
        <p>
          <Button onClick={() => window.print()}>{t('certificate.print')}</Button>
        </p>
      </div>
      <section className="certificate" aria-labelledby="certificate-heading">
        <h2 id="certificate-heading" className="certificate-title">
          {t('certificate.certificate')}
        </h2>
        <p className={shownName ? 'certificate-name' : 'certificate-name certificate-name-blank'} dir="auto">
          {shownName || <span className="visually-hidden">{t('certificate.blankName')}</span>}
        </p>
        <p className="certificate-finished">{t('certificate.finished')}</p>
        <p className="certificate-module" lang={lessonLanguage} dir="auto">
          {moduleTitle}
        </p>
        <p className="certificate-lessons-heading">{t('certificate.lessonsHeading')}</p>
        <ul className="certificate-lessons" lang={lessonLanguage} dir="auto">
          {lessons.map((lesson) => (
            <li key={lesson.id}>{lesson.title}</li>
          ))}
        </ul>
        <p className="certificate-date">{today ? t('certificate.date', { date: today }) : null}</p>
        {libraryName && <p className="certificate-library">{libraryName}</p>}
        <p className="certificate-site">{tCommon('siteName')}</p>
      </section>
    </>
  );
}
