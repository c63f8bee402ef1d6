import { useEffect, useRef, useState } from 'react';
import { PageHeading, useAnnounce } from '../a11y/index.ts';
import { findLessonSummary, lessonIndex, lessonsOfModule } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import {
  type ClassPlan,
  addLesson,
  classPlanKey,
  clockTime,
  moveLesson,
  planFragment,
  planFromStored,
  planTimings,
  removeLesson,
  startMinutes,
  storedPlan,
} from './class-plan.ts';
import { safeStorage } from '../storage/index.ts';
import { Button, Field, LazyQrCode } from '../ui/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { instructorPaths } from './instructor-paths.ts';
import { PlanPrintout } from './plan-printout.tsx';

const knownLessons = (language: 'sv' | 'en') => new Set(lessonIndex.lessons[language].map((lesson) => lesson.id));

/**
 * The class plan: lessons chosen across modules and put in order with
 * buttons (so the keyboard and a screen reader can do it, not only a mouse),
 * the time they take together, kept on this computer, and shared with the
 * learners as a link and a QR code. Printed, it is the plan with each
 * lesson's place on the session's clock and the instructor's notes.
 */
export function ClassPlanPage() {
  const { t } = useTranslation('instructor');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('plan.title'), tCommon('siteName'));
  const announce = useAnnounce();
  // Empty while prerendering and hydrating; the stored plan fills in right after.
  const [plan, setPlan] = useState<{ lessons: ClassPlan; saved: boolean; read: boolean }>({ lessons: [], saved: true, read: false });
  const [link, setLink] = useState<string>();
  // The start time only changes what the clock shows: it is not stored, and not in the link.
  const [startTime, setStartTime] = useState('');
  const planList = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ lessonId: string; action: 'up' | 'down' } | undefined>(undefined);

  useEffect(() => {
    const lessons = planFromStored(safeStorage().read(classPlanKey), knownLessons(lessonLanguage));
    // Storage is outside React: it is read once the page is in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPlan({ lessons, saved: true, read: true });
  }, [lessonLanguage]);

  useEffect(() => {
    if (!plan.read) return;
    const address = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/u, '')}${instructorPaths.todaysClass(language)}#${planFragment(plan.lessons)}`;
    // The link needs the page's own address, which only the browser knows.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLink(plan.lessons.length > 0 ? address : undefined);
  }, [plan, language]);

  useEffect(() => {
    // After a move, the keyboard stays with the lesson that moved: on the same button, or the other one at either end.
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = undefined;
    const item = planList.current?.querySelector<HTMLElement>(`[data-lesson="${wanted.lessonId}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-action="${wanted.action}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-action="${wanted.action === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [plan]);

  const change = (lessons: ClassPlan) => setPlan({ lessons, saved: safeStorage().write(classPlanKey, storedPlan(lessons)), read: true });
  const titleOf = (lessonId: string) => findLessonSummary(lessonLanguage, lessonId)?.title ?? lessonId;
  const timings = planTimings(plan.lessons.map((id) => findLessonSummary(lessonLanguage, id)?.minutes ?? 0));
  const total = timings.at(-1)?.to ?? 0;
  const start = startMinutes(startTime);

  const move = (lessonId: string, by: -1 | 1) => {
    const lessons = moveLesson(plan.lessons, lessonId, by);
    focusAfter.current = { lessonId, action: by === -1 ? 'up' : 'down' };
    change(lessons);
    const place = lessons.indexOf(lessonId) + 1;
    announce(t(by === -1 ? 'plan.movedUp' : 'plan.movedDown', { lesson: titleOf(lessonId), place }));
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tCommon('nav.start'), to: paths.start(language) },
          { label: t('hub.title'), to: instructorPaths.hub(language) },
        ]}
        current={t('plan.title')}
      />
      <PageHeading>{t('plan.title')}</PageHeading>
      <p className="lead print-hidden">{t('plan.lead')}</p>
      {!plan.saved && (
        <p role="alert" className="print-hidden">
          {t('plan.notSaved')}
        </p>
      )}

      <section aria-labelledby="plan-heading" className="instructor-section print-hidden">
        <h2 id="plan-heading" tabIndex={-1}>{t('plan.planHeading')}</h2>
        {plan.lessons.length === 0 ? (
          <>
            <p>{t('plan.empty')}</p>
            <p>{t('plan.printEmpty')}</p>
          </>
        ) : (
          <>
            <ol className="plan-list" ref={planList}>
              {plan.lessons.map((lessonId, index) => {
                const lesson = findLessonSummary(lessonLanguage, lessonId);
                const title = titleOf(lessonId);
                const timing = timings[index];
                return (
                  <li key={lessonId} data-lesson={lessonId} className="plan-item">
                    <p className="plan-item-title">
                      <span lang={lessonLanguage}>{title}</span>
                      {lesson && timing && (
                        <span className="plan-item-minutes">
                          {' · '}
                          {t('plan.clock', { from: clockTime(timing.from, start), to: clockTime(timing.to, start) })} · {t('plan.lessonMinutes', { count: lesson.minutes })}
                        </span>
                      )}
                    </p>
                    <p className="plan-item-actions">
                      <Button variant="secondary" data-action="up" aria-label={t('plan.moveUpLesson', { lesson: title })} disabled={index === 0} onClick={() => move(lessonId, -1)}>
                        {t('plan.moveUp')}
                      </Button>
                      <Button
                        variant="secondary"
                        data-action="down"
                        aria-label={t('plan.moveDownLesson', { lesson: title })}
                        disabled={index === plan.lessons.length - 1}
                        onClick={() => move(lessonId, 1)}
                      >
                        {t('plan.moveDown')}
                      </Button>
                      <Button
                        variant="secondary"
                        aria-label={t('plan.removeLesson', { lesson: title })}
                        onClick={() => {
                          change(removeLesson(plan.lessons, lessonId));
                          announce(t('plan.removed', { lesson: title }));
                          document.getElementById('plan-heading')?.focus();
                        }}
                      >
                        {t('plan.remove')}
                      </Button>
                    </p>
                  </li>
                );
              })}
            </ol>
            <p className="plan-total">{t('plan.total', { count: total })}</p>
            <Field
              id="plan-start"
              label={t('plan.startLabel')}
              hint={t('plan.startHint')}
              inputProps={{ type: 'time', value: startTime, onChange: (event) => setStartTime(event.target.value) }}
            />
            <p>
              <Button onClick={() => window.print()}>{t('plan.print')}</Button>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="plan-choose-heading" className="instructor-section print-hidden">
        <h2 id="plan-choose-heading">{t('plan.chooseHeading')}</h2>
        {lessonIndex.modules.map((module) => (
          <div key={module.id}>
            <h3 lang={lessonLanguage}>{module.title[lessonLanguage]}</h3>
            <ul className="plan-choices">
              {lessonsOfModule(lessonLanguage, module.id).map((lesson) =>
                plan.lessons.includes(lesson.id) ? (
                  <li key={lesson.id}>{t('plan.inPlan', { lesson: lesson.title })}</li>
                ) : (
                  <li key={lesson.id}>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        const lessons = addLesson(plan.lessons, lesson.id);
                        change(lessons);
                        announce(t('plan.added', { lesson: lesson.title, place: lessons.length }));
                      }}
                    >
                      {t('plan.add', { lesson: lesson.title })}
                    </Button>
                  </li>
                ),
              )}
            </ul>
          </div>
        ))}
      </section>

      {link && (
        <section aria-labelledby="plan-share-heading" className="instructor-section plan-share print-hidden">
          <h2 id="plan-share-heading">{t('plan.shareHeading')}</h2>
          <p>{t('plan.shareLead')}</p>
          <p className="plan-link">
            <span className="field-label">{t('plan.linkLabel')}</span> <a href={link}>{link}</a>
          </p>
          <LazyQrCode text={link} label={t('plan.qrAlt')} loadingText={t('plan.qrLoading')} failedText={t('plan.qrFailed')} tooLongText={t('plan.qrTooLong')} />
        </section>
      )}

      {plan.lessons.length > 0 && <PlanPrintout lessons={plan.lessons} timings={timings} start={start} total={total} link={link} />}
    </>
  );
}
