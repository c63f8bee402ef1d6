import { type LessonLanguage, lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { courseOutline, findModule, lessonsOfModule, moduleOutline, useLessonIndexWhen } from '../content/index.ts';
import { type Progress, continuePlace, moduleTally, useProgress, useProgressStore } from '../progress/index.ts';
import { SettingsButton, type SettingsButtonProps } from '../settings/index.ts';
import { ButtonLink } from '../ui/button.tsx';
import { ArrowIcon } from '../ui/arrow-icon.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { type ComponentType, useEffect, useState } from 'react';

/** What the start page opens that other chunks hold, handed in by the app, which decides what downloads when. */
export interface StartPageParts {
  /** The display settings' panel, downloaded on the first click of "Text och färg". */
  loadSettingsPanel: SettingsButtonProps['loadPanel'];
  /** Today's class, from the instructor's chunk, when a class's link was opened on this computer; else undefined, with nothing downloaded. In effects only: it reads storage. */
  loadTodaysClass(): Promise<ComponentType | undefined>;
}

/** The start page, drawn with the parts the app hands it. */
export function startPage(parts: StartPageParts): ComponentType {
  return function StartPage() {
    return <StartView parts={parts} />;
  };
}

function StartView({ parts }: { parts: StartPageParts }) {
  const { t } = useTranslation();
  const { t: tSettings } = useTranslation('settings');
  const language = useUiLanguage();
  const lessonLanguage = lessonLanguageFor(language);
  usePageTitle(t('start.title'), t('siteName'));
  // Empty while prerendering and hydrating; the stored progress fills in right after.
  const { progress, ready } = useProgress(useProgressStore());
  // The lesson index grows with the course, so it is not in this page's download: it comes once there is progress to show.
  const hasProgress = ready && Object.keys(progress.lessons).some((key) => key.startsWith(`${lessonLanguage}/`));
  const showProgress = useLessonIndexWhen(hasProgress) && hasProgress;

  return (
    <>
      <PageHeading>{t('start.heading')}</PageHeading>
      <p className="lead">{t('start.intro')}</p>
      <div className="settings-invite">
        <p>{tSettings('invite')}</p>
        <SettingsButton label="openFromStart" loadPanel={parts.loadSettingsPanel} />
      </div>
      <TodaysClassSlot load={parts.loadTodaysClass} />
      {showProgress && <ContinueWhereYouLeftOff progress={progress} lessonLanguage={lessonLanguage} />}
      <h2>{t('start.modulesHeading')}</h2>
      <ul className="module-tiles">
        {courseOutline.modules.map((module) => {
          const { lessons, minutes } = moduleOutline(lessonLanguage, module.id);
          const tally = showProgress ? moduleTally(progress, lessonLanguage, module.id) : undefined;
          const anyStarted = showProgress && lessonsOfModule(lessonLanguage, module.id).some((lesson) => progress.lessons[`${lessonLanguage}/${lesson.id}`]);
          return (
            <li key={module.id} className="module-tile">
              {/* Decoration, fetched after the text has painted: on a slow line the words come first. */}
              <img className="module-picture" src={module.picture} alt="" width="160" height="120" loading="lazy" decoding="async" />
              <h3 className="module-title" lang={lessonLanguage}>
                <Link className="tile-link" to={paths.module(language, module.id)}>
                  {module.title[lessonLanguage]}
                </Link>
              </h3>
              <p className="module-summary" lang={lessonLanguage}>
                {module.summary[lessonLanguage]}
              </p>
              <p className="module-meta">
                {t('start.lessonCount', { count: lessons })} · {t('start.minutes', { count: minutes })}
              </p>
              <p className="module-progress">{tally && anyStarted ? t('progress.lessonsDone', { done: tally.done, count: tally.total }) : null}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The lesson the learner was in last, at the top of the start page; nothing when there is none. */
function ContinueWhereYouLeftOff({ progress, lessonLanguage }: { progress: Progress; lessonLanguage: LessonLanguage }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const place = continuePlace(progress, lessonLanguage);
  if (!place) return null;
  const module = findModule(place.lesson.module);
  return (
    <section className="continue-lesson" aria-labelledby="continue-lesson-heading">
      <h2 id="continue-lesson-heading">{t('progress.continueHeading')}</h2>
      <p className="continue-lesson-title" lang={lessonLanguage}>
        {place.lesson.title}
      </p>
      <p>
        {t('progress.continueStep', { current: place.stepNumber, total: place.lesson.stepCount })}
        {module && (
          <>
            {' · '}
            <span lang={lessonLanguage}>{module.title[lessonLanguage]}</span>
          </>
        )}
      </p>
      <ButtonLink to={paths.lessonStep(language, place.lesson.id, place.stepNumber)}>
        {t('progress.continueButton')}
        <ArrowIcon direction="forward" />
      </ButtonLink>
    </section>
  );
}

/** Today's class, when a class's link was opened on this computer: its code downloads only then. */
function TodaysClassSlot({ load }: { load: StartPageParts['loadTodaysClass'] }) {
  const [View, setView] = useState<{ component: ComponentType }>();
  useEffect(() => {
    void load().then((component) => component && setView({ component }));
  }, [load]);
  return View ? <View.component /> : null;
}
