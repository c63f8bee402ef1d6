/**
 * Renders any route to HTML without a browser, for prerendering at build
 * time. Built with `vite build --ssr` and used by scripts/prerender.ts, which
 * needs nothing else from the app: the addresses, the languages and the
 * chunks each page needs all come from the route table through here.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { type LessonNode, lessonIndex, lessonChunkSource, lessonIndexChunkSource, lessonLoadersChunkSource, loadLesson, loadLessonIndex } from '../content/index.ts';
import {
  type LessonLanguage,
  type UiLanguage,
  languageChunkSource,
  laterStringsChunkSource,
  lazyNamespaces,
  lessonLanguageFor,
  lessonLanguages,
  loadLaterStrings,
  loadNamespace,
  namespaceChunkSource,
  textDirection,
  uiLanguages,
} from '../i18n/index.ts';
import { App } from './app.tsx';
import { HeadContext } from '../page/page-head.tsx';
import { allAddresses } from './route-addresses.ts';
import { type PageContent, needsOfPath, notFoundAddress, routeNames, routeTable } from './routes.ts';

/** The client's app chunk: what src/app/entry-client.ts imports once the page has painted. */
const appChunkSource = 'src/app/start-client.tsx';

export interface RenderedPage {
  html: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The source files of the chunks the page's app will ask for, as the build's manifest names them. */
  chunkSources: string[];
}

/** Loads every language, page chunk, page text and lesson, so every page renders complete with no loading state. */
export async function loadEverything(): Promise<void> {
  await loadLessonIndex();
  await Promise.all([
    ...uiLanguages.map((language) => loadLaterStrings(language)),
    ...uiLanguages.flatMap((language) => lazyNamespaces.map((namespace) => loadNamespace(language, namespace))),
    ...routeNames.map((name) => (routeTable[name] as { chunk?: { load(): Promise<unknown> } }).chunk?.load()),
    ...lessonLanguages.flatMap((language) => lessonIndex.lessons[language].map((lesson) => loadLesson(language, lesson.id))),
    ...uiLanguages.flatMap((language) => routeNames.map((name) => (routeTable[name] as { content?: (language: UiLanguage) => PageContent }).content?.(language).load())),
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
  const { language, chunk, strings = [], content, lessonId } = needsOfPath(url);
  const chunkSources = [
    appChunkSource,
    languageChunkSource(language),
    ...(chunk ? [chunk.source, ...(chunk.withLessonIndex ? [lessonIndexChunkSource] : []), laterStringsChunkSource(language)] : []),
    ...strings.flatMap((namespace) => [...new Set([language, 'sv' as const])].map((bundleLanguage) => namespaceChunkSource(bundleLanguage, namespace))),
    ...(content ? [content.source] : []),
    ...(lessonId ? [lessonLoadersChunkSource(lessonLanguageFor(language)), lessonChunkSource(lessonLanguageFor(language), lessonId)] : []),
  ];
  return { html, title, lang: language, dir: textDirection(language), chunkSources };
}

/** Every address in the app, in every interface language. */
export function allRoutes(): string[] {
  return allAddresses(uiLanguages);
}

/** The lessons of each lesson language and the lesson language of each interface language, for the offline lists (scripts/service-worker.ts). */
/** The practice kinds a lesson's steps embed, anywhere in a step (a practice may sit inside a callout). */
function practiceKindsIn(nodes: readonly LessonNode[]): string[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    if (node.type === 'practice') return [node.kind];
    return 'children' in node ? practiceKindsIn(node.children) : [];
  });
}

export async function offlineLessons() {
  const lessonsOf = (language: LessonLanguage) =>
    Promise.all(
      lessonIndex.lessons[language].map(async ({ id, module }) => {
        const lesson = await loadLesson(language, id);
        const practiceKinds = [...new Set(lesson?.steps.flatMap((step) => practiceKindsIn(step.body)) ?? [])];
        return { id, module, practiceKinds };
      }),
    );
  return {
    languages: uiLanguages.map((language) => ({ language, lessonLanguage: lessonLanguageFor(language) })),
    lessons: Object.fromEntries(await Promise.all(lessonLanguages.map(async (language) => [language, await lessonsOf(language)] as const))),
  };
}

/** The page a static server shows for an address that does not exist. */
export const notFoundRoute = notFoundAddress();
