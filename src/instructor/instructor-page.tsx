import { useId, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { lessonIndex, lessonsOfModule } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { instructorViewOn, setInstructorView } from './view-flag.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { instructorPaths } from './instructor-paths.ts';

/** The instructors' start: instructor view on or off, and each lesson's overview. */
export function InstructorPage() {
  const { t } = useTranslation('instructor');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('hub.title'), tCommon('siteName'));
  const switchId = useId();
  const [on, setOn] = useInstructorView();

  return (
    <>
      <Breadcrumbs items={[{ label: tCommon('nav.start'), to: paths.start(language) }]} current={t('hub.title')} />
      <PageHeading>{t('hub.title')}</PageHeading>
      <p className="lead">{t('hub.lead')}</p>

      <section aria-labelledby="instructor-view-heading" className="instructor-section">
        <h2 id="instructor-view-heading">{t('hub.viewHeading')}</h2>
        <p>{t('hub.viewExplained')}</p>
        <p className="instructor-switch">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            checked={on}
            onChange={(event) => {
              setOn(event.target.checked);
            }}
          />
          <label htmlFor={switchId}>{t('hub.viewSwitch')}</label>
        </p>
      </section>

      <section aria-labelledby="instructor-plan-heading" className="instructor-section">
        <h2 id="instructor-plan-heading">{t('hub.planHeading')}</h2>
        <p>{t('hub.planLead')}</p>
        <p>
          <Link to={instructorPaths.plan(language)}>{t('hub.planLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="instructor-lessons-heading" className="instructor-section">
        <h2 id="instructor-lessons-heading">{t('hub.lessonsHeading')}</h2>
        {lessonIndex.modules.map((module) => (
          <div key={module.id}>
            <h3 lang={lessonLanguage}>{module.title[lessonLanguage]}</h3>
            <ul>
              {lessonsOfModule(lessonLanguage, module.id).map((lesson) => (
                <li key={lesson.id} lang={lessonLanguage}>
                  <Link to={instructorPaths.overview(language, lesson.id)}>{lesson.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}


const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  // Another tab turning it on or off.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
};

/** Instructor view as stored on this computer: off while prerendering and hydrating, the stored choice right after. */
function useInstructorView(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, instructorViewOn, () => false);
  return [
    on,
    (wanted) => {
      setInstructorView(wanted);
      for (const listener of listeners) listener();
    },
  ];
}
