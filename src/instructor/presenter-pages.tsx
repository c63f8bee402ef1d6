import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { type CompiledLesson, findLessonSummary, useLesson } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { LessonContent } from '../player/index.ts';
import { Button } from '../ui/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { LoadProblem } from '../page/load-problem.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { instructorPaths } from './instructor-paths.ts';
import { StepNotesText } from './step-notes.tsx';
import { useFitToScreen } from './use-fit-to-screen.ts';
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

/**
 * What both presenter windows share: the step, its counter ("Steg 4 av 9"),
 * the page's title, and the moves between steps by key, button and the other
 * window (see usePresenterSteps).
 */
function usePresenterStep(lesson: CompiledLesson, step: number, view: View) {
  const { t } = useTranslation('instructor');
  const { t: tPlayer } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const stepCount = lesson.steps.length;
  const count = tPlayer('step.count', { current: step, total: stepCount });
  usePageTitle(`${count} – ${t(view === 'presenter' ? 'presenter.title' : 'presenterNotes.title', { lesson: lesson.title })}`, tCommon('siteName'));
  const addressOf = useCallback(
    (to: number) => (view === 'presenter' ? instructorPaths.present(language, lesson.id, to) : instructorPaths.presenterNotes(language, lesson.id, to)),
    [language, lesson.id, view],
  );
  const moveTo = usePresenterSteps(lesson.id, step, stepCount, addressOf);
  return { language, stepCount, count, current: lesson.steps[step - 1], moveTo };
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

/**
 * The Fullscreen API for the whole page: whether this browser offers it
 * (never known while prerendering, so the button comes after hydration),
 * whether the page fills the screen now, and a switch. Escape leaves full
 * screen by itself, and `fullscreenchange` keeps the button's words right.
 */
function useFullScreen(): { available: boolean; on: boolean; toggle(): void } {
  const [state, setState] = useState({ available: false, on: false });
  useEffect(() => {
    const update = () => setState({ available: document.fullscreenEnabled === true, on: Boolean(document.fullscreenElement) });
    // Whether the browser offers full screen is known only in the browser.
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = useCallback(() => {
    // Refused (a browser setting, a frame) is no harm: the page stays as it is, and so does the button.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return { ...state, toggle };
}

/**
 * The projector's view: one step in very large type, fitted to the screen,
 * with the step number always in sight. Its route has no site header or
 * footer (the `bare` frame), only a small way back to the lesson overview.
 */
function Presenter({ lesson, step }: { lesson: CompiledLesson; step: number }) {
  const { t } = useTranslation('instructor');
  const { language, stepCount, count, current, moveTo } = usePresenterStep(lesson, step, 'presenter');
  const fullScreen = useFullScreen();
  const article = useFitToScreen<HTMLElement>(step);
  const notesAddress = `${import.meta.env.BASE_URL.replace(/\/$/u, '')}${instructorPaths.presenterNotes(language, lesson.id, step)}`;
  return (
    <article className="presenter" aria-labelledby="page-heading" ref={article}>
      <div className="presenter-bar">
        <p className="presenter-count" aria-live="polite">
          {count}
        </p>
        <p className="presenter-controls">
          {fullScreen.available && (
            <Button variant="secondary" onClick={fullScreen.toggle}>
              {t(fullScreen.on ? 'presenter.leaveFullScreen' : 'presenter.fullScreen')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => window.open(notesAddress, 'natvana-presenter-notes', 'popup')}>
            {t('presenter.notesWindow')}
          </Button>
          <Link to={instructorPaths.overview(language, lesson.id)}>{t('presenter.leave')}</Link>
        </p>
      </div>
      <div lang={lesson.lang} dir="ltr" className="presenter-step">
        <PageHeading>{current?.title}</PageHeading>
        {current && <LessonContent nodes={current.body} />}
      </div>
      <div className="presenter-foot">
        <StepButtons step={step} stepCount={stepCount} moveTo={moveTo} />
        <p className="presenter-help">{t('presenter.keys')}</p>
      </div>
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
  const { stepCount, count, current, moveTo } = usePresenterStep(lesson, step, 'notes');
  const next = lesson.steps[step];
  const [since, setSince] = useState<number>();
  useEffect(() => {
    // The clock starts when the window opens in the browser (there is no clock while prerendering).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSince(Date.now());
  }, []);
  const elapsed = useElapsed(since);
  return (
    <article className="presenter-notes" aria-labelledby="page-heading">
      <p className="presenter-count">{count}</p>
      <PageHeading>
        <span lang={lesson.lang}>{t('presenterNotes.current', { step: current?.title ?? '' })}</span>
      </PageHeading>
      <p>{t('presenterNotes.lead')}</p>
      <p lang={lesson.lang}>{next ? t('presenterNotes.nextStep', { step: next.title }) : t('presenterNotes.lastStep')}</p>
      <StepButtons step={step} stepCount={stepCount} moveTo={moveTo} />
      <section aria-labelledby="presenter-notes-heading">
        <h2 id="presenter-notes-heading">{t('notes.heading')}</h2>
        {current && <StepNotesText lesson={lesson} stepId={current.id} />}
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
