import { type ComponentType, useEffect, useState } from 'react';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../../i18n/index.ts';
import { instructorViewOn } from '../../instructor/view-flag.ts';
import { useParams } from 'react-router';
import { type CompiledLesson, findModule, useLesson } from '../../content/index.ts';
import { LessonStep } from '../../player/index.ts';
import { useAppSeams } from '../app-seams.tsx';
import { Breadcrumbs } from '../../page/breadcrumbs.tsx';
import { LessonLanguageNotice } from '../lesson-language-notice.tsx';
import { usePageTitle } from '../../page/page-head.tsx';
import { instructorPagesChunk } from '../instructor-pages-chunk.ts';
import { glossaryWordAddress, paths } from '../../paths/index.ts';
import { LessonLoadProblem } from '../../offline/lesson-load-problem.tsx';
import { keepOpenedLesson } from '../../offline/keep-opened-lesson.ts';
import type { StepNotesProps } from './instructor-pages.ts';
import { NotFoundPage } from '../../page/not-found-page.tsx';

export function LessonStepPage() {
  const { lessonId, step } = useParams();
  const stepNumber = /^[1-9]\d*$/.test(step ?? '') ? Number(step) : 0;
  if (!lessonId || stepNumber < 1) return <NotFoundPage />;
  return <LessonStepLoader lessonId={lessonId} stepNumber={stepNumber} />;
}

function LessonStepLoader({ lessonId, stepNumber }: { lessonId: string; stepNumber: number }) {
  const language = useUiLanguage();
  const state = useLesson(lessonLanguageFor(language), lessonId);
  const ready = state.status === 'ready';
  // A lesson once opened works without the internet: its every step and picture are kept on this computer.
  useEffect(() => {
    if (ready) keepOpenedLesson(language, lessonId);
  }, [ready, language, lessonId]);
  // The lesson itself says how many steps it has: the page needs no index of the course.
  if (state.status === 'ready') return stepNumber <= state.lesson.steps.length ? <LessonStepView lesson={state.lesson} stepNumber={stepNumber} /> : <NotFoundPage />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LessonLoadProblem state={state} />;
}

function LessonStepView({ lesson, stepNumber }: { lesson: CompiledLesson; stepNumber: number }) {
  const { t } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const step = lesson.steps[stepNumber - 1];
  const stepCount = lesson.steps.length;
  usePageTitle(
    `${step?.title ?? ''} – ${t('step.count', { current: stepNumber, total: stepCount })} – ${lesson.title}`,
    tCommon('siteName'),
  );
  const { lessonEvents, practices, progress } = useAppSeams();
  useEffect(() => {
    // Saved steps and quizzes this lesson no longer has are dropped; the rest is kept.
    progress.knowLesson(lesson);
  }, [progress, lesson]);
  const StepNotes = useStepNotesInInstructorView();
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
      <LessonStep lesson={lesson} stepIndex={stepNumber - 1} links={links} events={lessonEvents} practices={practices}>
        {StepNotes.view && step && <StepNotes.view lesson={lesson} stepId={step.id} onTurnedOff={StepNotes.turnedOff} />}
      </LessonStep>
    </>
  );
}

/**
 * In instructor view, the step's notes: their component, strings and notes
 * download only then, so a learner's step carries none of them.
 */
function useStepNotesInInstructorView(): { view: ComponentType<StepNotesProps> | undefined; turnedOff: () => void } {
  const language = useUiLanguage();
  const [view, setView] = useState<{ component: ComponentType<StepNotesProps> }>();
  useEffect(() => {
    if (!instructorViewOn()) return;
    let current = true;
    instructorPagesChunk.load().then(
      (pages) => current && pages.withInstructorStringsIn(language) && setView({ component: pages.StepNotes }),
      // Without the notes the step still works for the class: nothing to say beyond leaving them out.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);
  return { view: view?.component, turnedOff: () => setView(undefined) };
}

