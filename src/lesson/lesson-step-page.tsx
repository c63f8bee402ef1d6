import { type ComponentType, useEffect, useState } from 'react';
import { type UiLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type StepNotesProps, instructorViewOn } from '../instructor/index.ts';
import { useParams } from 'react-router';
import { type CompiledLesson, type PracticeRegistry, findModule, useLesson } from '../content/index.ts';
import { LessonStep } from '../player/index.ts';
import { useProgressStore } from '../progress/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { LessonLanguageNotice } from '../page/lesson-language-notice.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { glossaryWordAddress, paths } from '../paths/index.ts';
import { LessonLoadProblem, keepOpenedLesson } from '../offline/index.ts';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { useLessonEvents } from './lesson-events.ts';

/**
 * What a lesson step draws that other parts own, handed in by the app's
 * lesson chunk: the practice kinds' components (so they reach a learner with
 * the lesson's code, never with the start page's) and the instructor's step
 * notes, whose chunk downloads only in instructor view.
 */
export interface LessonStepParts {
  practices: PracticeRegistry;
  /** The step notes' component once its chunk and strings are there for the language; undefined when the strings are not. */
  loadStepNotes(language: UiLanguage): Promise<ComponentType<StepNotesProps> | undefined>;
  /** Fetches the done page's code ahead, on the last step, so pressing Klar shows it at once. */
  prepareDonePage?(): void;
}

/** The lesson step page, drawn with the parts the app hands it. */
export function lessonStepPage(parts: LessonStepParts): ComponentType {
  return function LessonStepPage() {
    const { lessonId, step } = useParams();
    const stepNumber = /^[1-9]\d*$/.test(step ?? '') ? Number(step) : 0;
    if (!lessonId || stepNumber < 1) return <NotFoundPage />;
    return <LessonStepLoader lessonId={lessonId} stepNumber={stepNumber} parts={parts} />;
  };
}

function LessonStepLoader({ lessonId, stepNumber, parts }: { lessonId: string; stepNumber: number; parts: LessonStepParts }) {
  const language = useUiLanguage();
  const state = useLesson(lessonLanguageFor(language), lessonId);
  const ready = state.status === 'ready';
  // A lesson once opened works without the internet: its every step and picture are kept on this computer.
  useEffect(() => {
    if (ready) keepOpenedLesson(language, lessonId);
  }, [ready, language, lessonId]);
  // The lesson itself says how many steps it has: the page needs no index of the course.
  if (state.status === 'ready') return stepNumber <= state.lesson.steps.length ? <LessonStepView lesson={state.lesson} stepNumber={stepNumber} parts={parts} /> : <NotFoundPage />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LessonLoadProblem state={state} />;
}

function LessonStepView({ lesson, stepNumber, parts }: { lesson: CompiledLesson; stepNumber: number; parts: LessonStepParts }) {
  const { t } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const step = lesson.steps[stepNumber - 1];
  const stepCount = lesson.steps.length;
  usePageTitle(
    `${step?.title ?? ''} – ${t('step.count', { current: stepNumber, total: stepCount })} – ${lesson.title}`,
    tCommon('siteName'),
  );
  const lessonEvents = useLessonEvents();
  const progress = useProgressStore();
  useEffect(() => {
    // Saved steps and quizzes this lesson no longer has are dropped; the rest is kept.
    progress.knowLesson(lesson);
  }, [progress, lesson]);
  const StepNotes = useStepNotesInInstructorView(parts.loadStepNotes);
  const lastStep = stepNumber === stepCount;
  const { prepareDonePage } = parts;
  useEffect(() => {
    if (lastStep) prepareDonePage?.();
  }, [lastStep, prepareDonePage]);
  const module = findModule(lesson.module);
  const links = {
    back: stepNumber === 1 ? paths.module(language, lesson.module) : paths.lessonStep(language, lesson.id, stepNumber - 1),
    next: stepNumber === stepCount ? paths.lessonDone(language, lesson.id) : paths.lessonStep(language, lesson.id, stepNumber + 1),
    lessonHref: (id: string) => paths.lessonStep(language, id, 1),
    glossaryHref: (termId: string) => glossaryWordAddress(language, termId),
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tCommon('nav.start'), to: paths.start(language) },
          ...(module ? [{ label: module.title[lesson.lang], to: paths.module(language, module.id), lang: lesson.lang }] : []),
        ]}
        current={lesson.title}
        currentLang={lesson.lang}
      />
      <LessonLanguageNotice lessonLanguage={lesson.lang} />
      <LessonStep lesson={lesson} stepIndex={stepNumber - 1} links={links} events={lessonEvents} practices={parts.practices}>
        {StepNotes.view && step && <StepNotes.view lesson={lesson} stepId={step.id} onTurnedOff={StepNotes.turnedOff} />}
      </LessonStep>
    </>
  );
}

/**
 * In instructor view, the step's notes: their component, strings and notes
 * download only then, so a learner's step carries none of them.
 */
function useStepNotesInInstructorView(loadStepNotes: LessonStepParts['loadStepNotes']): { view: ComponentType<StepNotesProps> | undefined; turnedOff: () => void } {
  const language = useUiLanguage();
  const [view, setView] = useState<{ component: ComponentType<StepNotesProps> }>();
  useEffect(() => {
    if (!instructorViewOn()) return;
    let current = true;
    loadStepNotes(language).then(
      (component) => current && component && setView({ component }),
      // Without the notes the step still works for the class: nothing to say beyond leaving them out.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language, loadStepNotes]);
  return { view: view?.component, turnedOff: () => setView(undefined) };
}
