import { useEffect, useState } from 'react';
import { findLessonSummary, findModule, useLesson } from '../content/index.ts';
import { type LessonLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type ClassPlan, type LessonTiming, clockTime } from './class-plan.ts';
import { NotesStatus } from './notes-status.tsx';
import { useInstructorNotes } from './use-instructor-notes.ts';

export interface PlanPrintoutProps {
  lessons: ClassPlan;
  timings: readonly LessonTiming[];
  /** The time of day the class starts, in minutes since midnight; without it the clock counts from 0:00. */
  start: number | undefined;
  total: number;
  link: string | undefined;
}

/**
 * The class plan as it is printed: each lesson in order with its module, its
 * place on the session's clock and the instructor's notes (the lesson
 * overview's goals, preparation, stumbling blocks and questions), the total
 * time and the link as text for the learners to type. It is shown on paper
 * only (see instructor.css); the page's editing buttons are not.
 */
export function PlanPrintout({ lessons, timings, start, total, link }: PlanPrintoutProps) {
  const { t } = useTranslation('instructor');
  const language = useUiLanguage();
  const [today, setToday] = useState<string>();
  useEffect(() => {
    // The day it is printed: only the browser has a clock (there is none while prerendering).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date()));
  }, [language]);
  return (
    <section className="plan-printout" aria-labelledby="plan-printout-heading">
      {today && <p className="plan-printed">{t('plan.printed', { date: today })}</p>}
      <h2 id="plan-printout-heading">{t('plan.printHeading')}</h2>
      <ol className="plan-printout-lessons">
        {lessons.map((lessonId, index) => (
          <PrintedLesson key={lessonId} lessonId={lessonId} timing={timings[index]} start={start} />
        ))}
      </ol>
      <p className="plan-total">{t('plan.total', { count: total })}</p>
      {link && (
        <p className="plan-link">
          <span className="field-label">{t('plan.linkLabel')}</span> {link}
        </p>
      )}
    </section>
  );
}

function PrintedLesson({ lessonId, timing, start }: { lessonId: string; timing: LessonTiming | undefined; start: number | undefined }) {
  const { t } = useTranslation('instructor');
  const lessonLanguage = lessonLanguageFor(useUiLanguage());
  const summary = findLessonSummary(lessonLanguage, lessonId);
  const module = findModule(summary?.module);
  return (
    <li className="plan-printout-lesson">
      <h3 lang={lessonLanguage}>{summary?.title ?? lessonId}</h3>
      <p className="plan-printout-meta">
        {timing && <strong>{t('plan.clock', { from: clockTime(timing.from, start), to: clockTime(timing.to, start) })}</strong>}
        {summary && <> · {t('plan.lessonMinutes', { count: summary.minutes })}</>}
        {module && (
          <>
            {' · '}
            <span lang={lessonLanguage}>{t('plan.module', { module: module.title[lessonLanguage] })}</span>
          </>
        )}
      </p>
      <PrintedNotes language={lessonLanguage} lessonId={lessonId} />
    </li>
  );
}

/** The lesson overview's notes for one lesson: its goals (from the lesson) and the instructor's notes (their own download). */
function PrintedNotes({ language, lessonId }: { language: LessonLanguage; lessonId: string }) {
  const { t } = useTranslation('instructor');
  const lesson = useLesson(language, lessonId);
  const notes = useInstructorNotes(language, lessonId);
  const overview = notes.status === 'ready' ? notes.notes.overview : undefined;
  const list = (heading: string, items: readonly string[] | undefined) => (
    <>
      <h4>{heading}</h4>
      {items && items.length > 0 ? (
        <ul lang={language}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{t('overview.notWritten')}</p>
      )}
    </>
  );
  return (
    <>
      {lesson.status === 'ready' && list(t('overview.goalsHeading'), lesson.lesson.objectives)}
      {notes.status !== 'ready' ? (
        <NotesStatus state={notes} />
      ) : (
        <>
          {list(t('overview.preparationHeading'), overview?.preparation)}
          {list(t('overview.stumblesHeading'), overview?.stumbles)}
          {list(t('overview.discussionHeading'), overview?.discussion)}
        </>
      )}
    </>
  );
}
