/**
 * Renders any route to HTML without a browser, for prerendering at build
 * time. Built with `vite build --ssr` and used by scripts/prerender.ts.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { lessonIndex, libraryConfig, loadLesson } from '../content/index.ts';
import {
  isUiLanguage,
  lessonLanguageFor,
  lessonLanguages,
  loadLanguage,
  textDirection,
  uiLanguages,
} from '../i18n/index.ts';
import { App, LessonDonePage, LessonStepPage } from './app.tsx';
import { HeadContext } from './page-head.tsx';
import { paths } from './routes.ts';

export interface RenderedPage {
  html: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Loads every language, page and lesson, so every page renders complete with no loading state. */
export async function loadEverything(): Promise<void> {
  await Promise.all([
    ...uiLanguages.map((language) => loadLanguage(language)),
    LessonStepPage.preload(),
    LessonDonePage.preload(),
    ...lessonLanguages.flatMap((language) => lessonIndex.lessons[language].map((lesson) => loadLesson(language, lesson.id))),
  ]);
}

export function renderPage(url: string, basename = ''): RenderedPage {
  let title = 'Nätvana';
  const html = renderToString(
    <StrictMode>
      <HeadContext.Provider value={(pageTitle) => (title = pageTitle)}>
        <StaticRouter location={`${basename}${url}`} basename={basename || undefined}>
          <App />
        </StaticRouter>
      </HeadContext.Provider>
    </StrictMode>,
  );
  const first = url.split('/')[1];
  const language = isUiLanguage(first) ? first : libraryConfig.defaultLanguage;
  return { html, title, lang: language, dir: textDirection(language) };
}

/** Every address in the app, in every interface language. */
export function allRoutes(): string[] {
  const routes = ['/'];
  for (const language of uiLanguages) {
    const lessonLanguage = lessonLanguageFor(language);
    routes.push(paths.start(language), paths.about(language));
    for (const module of lessonIndex.modules) routes.push(paths.module(language, module.id));
    for (const lesson of lessonIndex.lessons[lessonLanguage]) {
      for (let step = 1; step <= lesson.stepCount; step += 1) routes.push(paths.lessonStep(language, lesson.id, step));
      routes.push(paths.lessonDone(language, lesson.id));
    }
  }
  return routes;
}

/** The page a static server shows for an address that does not exist. */
export const notFoundRoute = `/${libraryConfig.defaultLanguage}/404/`;
