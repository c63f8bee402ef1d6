import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { PageHeading } from '../../../a11y/index.ts';
import { type CompiledLesson, findLessonSummary, useLesson } from '../../../content/index.ts';
import { type UiLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../../../i18n/index.ts';
import { LessonContent } from '../../../player/index.ts';
import { Button } from '../../../ui/index.ts';
import { usePageTitle } from '../../page-head.tsx';
import { LoadProblem } from '../load-problem.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { instructorPaths } from './instructor-paths.ts';
import { NotesStatus } from './notes-status.tsx';
import { useInstructorNotes } from './use-instructor-notes.ts';
import { usePresenterSteps } from './use-presenter-steps.ts';

type View = 'presenter' | 'notes';

/** The lesson and step of a presenter address, or the not-found page. */
function PresenterLoader({ view }: { view: View }) {
  const { lessonId, step } = useParams();
  const language = useUiLanguage();
  const summary = findLessonSummary(lessonLanguageFor(language), lessonId);
  const stepNumber = /^[1-9]\d*$/.test(step ?? '') ? Number(step) : 0;
  const state = useLesson(lessonLanguageFor(language), summary?.id ?? '');
  if (!summary || stepNumber < 1 || stepNumber > summary.stepCount) return <NotFoundPage />;
  if (state.status === 'ready') return view === 'presenter' ? <Presenter lesson={state.lesson} step={stepNumber} /> : <PresenterNotes lesson={state.lesson} step={stepNumber} />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LoadProblem what="lesson" state={state} />;
}

export const PresenterPage = () => <PresenterLoader view="presenter" />;
export const PresenterNotesPage = () => <PresenterLoader view="notes" />;

function useAddresses(language: UiLanguage, lessonId: string, view: View) {
  return useCallback(
    (step: number) => (view === 'presenter' ? instructorPaths.present(language, lessonId, step) : instructorPaths.presenterNotes(language, lessonId, step)),
    [language, lessonId, view],
  );
}

/** Previous and Next, for a mouse; the keys do the same. */
function StepButtons({ step, stepCount, moveTo }: { step: number; stepCount: number; moveTo(step: number): void }) {
  const { t } = useTranslation('instructor');
  return (
    <p className="presenter-buttons">
      <Button variant="secondary" disabled={step === 1} onClick={() => moveTo(step - 1)}>
        {t('presenter.back')}
      </Button>
      <Button disabled={step === stepCount} onClick={() => moveTo(step + 1)}>
        {t('presenter.next')}
      </Button>
    </p>
  );
}

/** The projector's view: one step in very large type, the step number always in sight. */
function Presenter({ lesson, step }: { lesson: CompiledLesson; step: number }) {
  const { t } = useTranslation('instructor');
  const { t: tPlayer } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const stepCount = lesson.steps.length;
  const current = lesson.steps[step - 1];
  usePageTitle(`${tPlayer('step.count', { current: step, total: stepCount })} – ${t('presenter.title', { lesson: lesson.title })}`, tCommon('siteName'));
  const moveTo = usePresenterSteps(lesson.id, step, stepCount, useAddresses(language, lesson.id, 'presenter'));
  const notesAddress = `${import.meta.env.BASE_URL.replace(/\/$/u, '')}${instructorPaths.presenterNotes(language, lesson.id, step)}`;
  return (
    <article className="presenter" aria-labelledby="page-heading">
      <p className="presenter-count" aria-live="polite">
        {tPlayer('step.count', { current: step, total: stepCount })}
      </p>
      <div lang={lesson.lang} dir="ltr" className="presenter-step">
        <PageHeading>{current?.title}</PageHeading>
        {current && <LessonContent nodes={current.body} />}
      </div>
      <StepButtons step={step} stepCount={stepCount} moveTo={moveTo} />
      <p className="presenter-help">{t('presenter.keys')}</p>
      <p>
        <Button variant="secondary" onClick={() => window.open(notesAddress, 'natvana-presenter-notes', 'popup')}>
          {t('presenter.notesWindow')}
        </Button>
      </p>
    </article>
  );
}

/** Minutes and seconds since `since`, ticking once a second. */
function useElapsed(since: number | undefined): string {
  const [now, setNow] = useState<number>();
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = since === undefined || now === undefined ? 0 : Math.max(0, Math.floor((now - since) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The instructor's own window: this step, the next one, the notes and a timer, in step with the projector. */
function PresenterNotes({ lesson, step }: { lesson: CompiledLesson; step: number }) {
  const { t } = useTranslation('instructor');
  const { t: tPlayer } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const stepCount = lesson.steps.length;
  const current = lesson.steps[step - 1];
  const next = lesson.steps[step];
  usePageTitle(`${tPlayer('step.count', { current: step, total: stepCount })} – ${t('presenterNotes.title', { lesson: lesson.title })}`, tCommon('siteName'));
  const moveTo = usePresenterSteps(lesson.id, step, stepCount, useAddresses(language, lesson.id, 'notes'));
  const notesState = useInstructorNotes(lesson.lang, lesson.id);
  const [since, setSince] = useState<number>();
  useEffect(() => {
    // The clock starts when the window opens in the browser (there is no clock while prerendering).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSince(Date.now());
  }, []);
  const elapsed = useElapsed(since);
  const notes = notesState.status === 'ready' ? (notesState.notes.steps[current?.id ?? ''] ?? []) : [];
  return (
    <article className="presenter-notes" aria-labelledby="page-heading">
      <p className="presenter-count">{tPlayer('step.count', { current: step, total: stepCount })}</p>
      <PageHeading>
        <span lang={lesson.lang}>{t('presenterNotes.current', { step: current?.title ?? '' })}</span>
      </PageHeading>
      <p>{t('presenterNotes.lead')}</p>
      <p lang={lesson.lang}>{next ? t('presenterNotes.nextStep', { step: next.title }) : t('presenterNotes.lastStep')}</p>
      <StepButtons step={step} stepCount={stepCount} moveTo={moveTo} />
      <section aria-labelledby="presenter-notes-heading">
        <h2 id="presenter-notes-heading">{t('notes.heading')}</h2>
        {notesState.status !== 'ready' ? (
          <NotesStatus state={notesState} />
        ) : notes.length === 0 ? (
          <p>{t('notes.none')}</p>
        ) : (
          <div lang={lesson.lang} dir="ltr" className="step-notes-text">
            {notes.map((note, index) => (
              <LessonContent key={index} nodes={note} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="presenter-timer-heading">
        <h2 id="presenter-timer-heading">{t('presenterNotes.timer')}</h2>
        <p className="presenter-timer">
          <time>{elapsed}</time>
        </p>
        <Button variant="secondary" onClick={() => setSince(Date.now())}>
          {t('presenterNotes.restartTimer')}
        </Button>
      </section>
    </article>
  );
}
