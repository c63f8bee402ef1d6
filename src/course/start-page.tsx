import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { courseOutline, loadLessonIndex, moduleOutline } from '../content/index.ts';
import { useProgress, useProgressStore } from '../progress/index.ts';
import { SettingsButton, type SettingsButtonProps } from '../settings/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { type ComponentType, useEffect, useState, useSyncExternalStore } from 'react';
import { loadOnce } from '../loading/index.ts';
import type * as StartProgress from './start-progress.tsx';

type StartProgressParts = typeof StartProgress;

/** The parts that show the learner's progress, with the lesson index they read: one download, shared by every start page drawn. */
const startProgressParts = loadOnce(() => Promise.all([import('./start-progress.tsx'), loadLessonIndex()]).then(([parts]) => parts));

/** The progress parts once they are here; asks for them when `wanted`. A failed download leaves the page as a first visit's. */
function useStartProgressWhen(wanted: boolean): StartProgressParts | undefined {
  const [parts, setParts] = useState(startProgressParts.loaded);
  useEffect(() => {
    if (!wanted || parts) return;
    let current = true;
    startProgressParts.load().then(
      (arrived) => current && setParts(arrived),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, parts]);
  return wanted ? parts : undefined;
}

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
  // The lesson index grows with the course, so it is not in this page's download: it comes, with the parts that show progress, once there is progress to show.
  const hasProgress = ready && Object.keys(progress.lessons).some((key) => key.startsWith(`${lessonLanguage}/`));
  const progressParts = useStartProgressWhen(hasProgress);

  return (
    <>
      <PageHeading>{t('start.heading')}</PageHeading>
      <p className="lead">{t('start.intro')}</p>
      <div className="settings-invite">
        <p>{tSettings('invite')}</p>
        <SettingsButton label="openFromStart" loadPanel={parts.loadSettingsPanel} />
      </div>
      <TodaysClassSlot load={parts.loadTodaysClass} />
      {progressParts && <progressParts.ContinueWhereYouLeftOff progress={progress} lessonLanguage={lessonLanguage} />}
      <h2>{t('start.modulesHeading')}</h2>
      <ul className="module-tiles">
        {courseOutline.modules.map((module) => {
          const { lessons, minutes } = moduleOutline(lessonLanguage, module.id);
          return (
            <li key={module.id} className="module-tile">
              <ModulePicture src={module.picture} />
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
              <p className="module-progress">{progressParts && <progressParts.ModuleProgress progress={progress} lessonLanguage={lessonLanguage} moduleId={module.id} />}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

const nothingToWatch = () => () => undefined;

/** False while prerendering and hydrating; true from the render after, and in every render the app makes later. */
function useAppStarted(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
}

/**
 * A module's picture. It is decoration, so it is asked for only once the app
 * has started: on a slow line the text, the stylesheet and the app's own code
 * get the connection first. Until then an empty box of the same size holds its
 * place, so nothing moves when it comes; without scripts, the box shows it.
 */
function ModulePicture({ src }: { src: string }) {
  if (useAppStarted()) return <img className="module-picture" src={src} alt="" width="160" height="120" loading="lazy" decoding="async" />;
  return (
    <span className="module-picture">
      <noscript>
        <img src={src} alt="" width="160" height="120" />
      </noscript>
    </span>
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
