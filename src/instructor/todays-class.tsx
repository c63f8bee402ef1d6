import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { findLessonSummary, lessonIndex } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type ClassPlan, planFromFragment, planFromStored, storedPlan } from './class-plan.ts';
import { todaysClassKey } from './todays-class-key.ts';
import { safeStorage } from '../storage/index.ts';
import { Button, ButtonLink } from '../ui/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';

const known = (language: 'sv' | 'en') => new Set(lessonIndex.lessons[language].map((lesson) => lesson.id));

/** The lessons of today's class, in the instructor's order, each a link to its first step. */
function ClassLessons({ lessons }: { lessons: ClassPlan }) {
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  return (
    <ol className="todays-class-lessons">
      {lessons.map((lessonId) => (
        <li key={lessonId} lang={lessonLanguage}>
          <Link to={paths.lessonStep(language, lessonId, 1)}>{findLessonSummary(lessonLanguage, lessonId)?.title}</Link>
        </li>
      ))}
    </ol>
  );
}

/**
 * The page a class's link or QR code opens on a learner's computer: it keeps
 * the lessons as today's class (shown on the start page) and lists them.
 */
export function TodaysClassPage() {
  const { t } = useTranslation('instructor');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('todaysClass.pageTitle'), tCommon('siteName'));
  // The lessons are in the address's fragment, which only the browser has: read once the page is there.
  const [state, setState] = useState<{ lessons: ClassPlan; saved: boolean }>();
  useEffect(() => {
    const lessons = planFromFragment(window.location.hash, known(lessonLanguage));
    const saved = lessons.length > 0 && safeStorage().write(todaysClassKey, storedPlan(lessons));
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ lessons, saved });
  }, [lessonLanguage]);
  return (
    <>
      <PageHeading>{t('todaysClass.heading')}</PageHeading>
      {state && state.lessons.length === 0 && <p>{t('todaysClass.nothing')}</p>}
      {state && state.lessons.length > 0 && (
        <>
          <p className="lead">{t('todaysClass.lead')}</p>
          <ClassLessons lessons={state.lessons} />
          <p role="status">{state.saved ? t('todaysClass.saved') : t('todaysClass.notSaved')}</p>
        </>
      )}
      <p>
        <ButtonLink variant="secondary" to={paths.start(language)}>
          {t('todaysClass.toStart')}
        </ButtonLink>
      </p>
    </>
  );
}

const subscribe = (listener: () => void) => {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
};

/** Today's class on the learner's start page, when a class's link was opened on this computer. */
export function TodaysClass() {
  const { t } = useTranslation('instructor');
  const language = useUiLanguage();
  const stored = useSyncExternalStore(subscribe, () => safeStorage().read(todaysClassKey), () => undefined);
  const [forgotten, setForgotten] = useState(false);
  const lessons = planFromStored(stored, known(lessonLanguageFor(language)));
  if (forgotten || lessons.length === 0) return null;
  return (
    <section aria-labelledby="todays-class-heading" className="todays-class">
      <h2 id="todays-class-heading">{t('todaysClass.heading')}</h2>
      <p>{t('todaysClass.lead')}</p>
      <ClassLessons lessons={lessons} />
      <Button
        variant="secondary"
        onClick={() => {
          safeStorage().remove(todaysClassKey);
          setForgotten(true);
        }}
      >
        {t('todaysClass.forget')}
      </Button>
    </section>
  );
}
