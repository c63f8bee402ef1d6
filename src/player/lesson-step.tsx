import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { PageHeading } from '../a11y/index.ts';
import type { PracticeRegistry } from '../content/index.ts';
import type { CompiledLesson } from '../content/types.ts';
import { ArrowIcon, ButtonLink } from '../ui/index.ts';
import { LessonContent } from './lesson-content.tsx';
import { type LessonLinks, LessonLinksContext } from './lesson-links.tsx';
import { type LessonEvents, StepSeamsContext } from './lesson-seams.tsx';
import { ReadAloud } from './read-aloud.tsx';

export interface StepLinks extends LessonLinks {
  /** The previous step, or the module page on the first step. */
  back: string;
  /** The next step, or the "lesson done" page on the last step. */
  next: string;
}

interface LessonStepProps {
  lesson: CompiledLesson;
  /** 0-based. */
  stepIndex: number;
  links: StepLinks;
  /** Where the step reports what the learner does (the app plugs in the progress store). */
  events: LessonEvents;
  /** The components of the practice kinds, by kind; the player imports none itself. */
  practices: PracticeRegistry;
  /** What the app shows with the step after its text, outside what Read aloud reads (the instructor's notes in instructor view). */
  children?: ReactNode;
}

/**
 * One step of a lesson on one screen: where the learner is ("Step 3 of 8"),
 * the step's heading (which takes focus when the step changes), its content,
 * and large Back and Next links. Links, not buttons: each step has its own
 * address, so they also work before scripts have loaded.
 */
export function LessonStep({ lesson, stepIndex, links, events, practices, children }: LessonStepProps) {
  const { t } = useTranslation('player');
  const step = lesson.steps[stepIndex];
  const stepCount = lesson.steps.length;
  const isFirst = stepIndex === 0;
  const isLast = stepIndex === stepCount - 1;
  const stepId = step?.id ?? '';
  const text = useRef<HTMLDivElement>(null);
  const contentLinks = useMemo(() => ({ lessonHref: links.lessonHref, glossaryHref: links.glossaryHref }), [links.lessonHref, links.glossaryHref]);
  const seams = useMemo(
    () => ({ place: { lessonId: lesson.id, lang: lesson.lang, stepId }, events, practices }),
    [lesson.id, lesson.lang, stepId, events, practices],
  );

  useEffect(() => {
    if (stepId) events.stepShown({ lessonId: lesson.id, lang: lesson.lang, stepId, stepNumber: stepIndex + 1, stepCount });
  }, [events, lesson.id, lesson.lang, stepId, stepIndex, stepCount]);

  if (!step) return null;

  return (
    <article className="lesson-step" aria-labelledby="page-heading">
      <div className="step-position">
        <p className="step-count">{t('step.count', { current: stepIndex + 1, total: stepCount })}</p>
        <progress className="step-meter" value={stepIndex + 1} max={stepCount} aria-hidden="true" />
      </div>
      <div lang={lesson.lang} dir="ltr" className="step-text" ref={text}>
        <PageHeading className="step-title">{step.title}</PageHeading>
        <ReadAloud key={stepId} language={lesson.lang} root={text} />
        <LessonLinksContext.Provider value={contentLinks}>
          <StepSeamsContext.Provider value={seams}>
            <LessonContent nodes={step.body} />
          </StepSeamsContext.Provider>
        </LessonLinksContext.Provider>
      </div>
      {children}
      <nav className="step-nav" aria-label={t('step.navigation')}>
        <ButtonLink variant="secondary" className="step-back" to={links.back} rel={isFirst ? undefined : 'prev'}>
          <ArrowIcon direction="back" />
          {isFirst ? t('step.backToModule') : t('step.back')}
        </ButtonLink>
        <ButtonLink className="step-next" to={links.next} rel={isLast ? undefined : 'next'}>
          {isLast ? t('step.finish') : t('step.next')}
          <ArrowIcon direction="forward" />
        </ButtonLink>
      </nav>
    </article>
  );
}
