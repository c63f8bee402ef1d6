/**
 * The route table: every page of Nätvana, once. Each route says its pattern
 * (for the router), how to build its address (for links), the chunk its page
 * lives in when it is not in the start page's download, and the lesson it
 * shows (loaded before it renders). The router (app.tsx), the prerenderer
 * (entry-server.tsx and scripts/prerender.ts), the client start and the test
 * helper all read it. Every address a route has, for the prerenderer alone,
 * is in route-addresses.ts, so the browser never downloads that list.
 *
 * The addresses themselves are built in src/paths/, a shared part, so a
 * feature can link to a page without importing the app.
 *
 * To add a page: its address in src/paths/, one entry here (the type asks for
 * one per address), its addresses in route-addresses.ts and its component in
 * chunks/route-pages.ts (the types there ask for both), and the page itself,
 * in its feature's folder.
 */
import type { i18n as I18n } from 'i18next';
import { matchPath } from 'react-router';
import { glossaryChunkSource, libraryConfig, loadLesson, sitePageChunkSource } from '../content/index.ts';
import {
  type LazyNamespace,
  type UiLanguage,
  isUiLanguage,
  lessonLanguageFor,
  loadLanguage,
  loadLaterStrings,
  loadNamespace,
} from '../i18n/index.ts';
import { paths, languageOfPath, type PathName } from '../paths/index.ts';
import { instructorPagesChunk } from './instructor-pages-chunk.ts';
import { lessonPagesChunk } from './lesson-pages-chunk.ts';
import { lessonDoneChunk } from './lesson-done-chunk.ts';
import { otherPagesChunk } from './other-pages-chunk.ts';
import type { PageChunk } from './page-chunk.ts';

/** The display settings' panel, a chunk of its own downloaded on the first click of "Text och färg", from any page. */
export const loadSettingsPanel = (i18n: I18n) => import('../settings/settings-panel.tsx').then((panel) => panel.settingsPanelFor(i18n));

type Params = Record<string, string | undefined>;

/** Text a page shows that is neither code nor a lesson (a glossary, a site page): its chunk's source, and how to load it. */
export interface PageContent {
  source: string;
  load(): Promise<unknown>;
}

interface RouteDefinition<Args extends unknown[]> {
  /** The react-router pattern under `/:lang/`; '' is the language's start page. */
  pattern: string;
  /** The address of one page of this route, under the site's base path: its builder in src/paths/. */
  address(language: UiLanguage, ...args: Args): string;
  /** The chunk the page's code is in, when it is not in the start page's download. */
  chunk?: PageChunk<unknown>;
  /** Strings the page needs beyond the later strings, each downloaded only with the pages that use it. */
  strings?: readonly LazyNamespace[];
  /** The text the page shows from its own chunk: loaded before the page renders, and preloaded with it. */
  content?(language: UiLanguage): PageContent;
  /** The lesson the page shows, from the address's parameters: it is loaded before the page renders. */
  lesson?(params: Params): string | undefined;
  /**
   * The frame the shell draws around the page: `site` (the default) is the
   * skip link, the header with the ways around, and the footer; `bare` is the
   * page alone in its main landmark, for a screen in front of a room.
   */
  frame?: PageFrame;
}

export type PageFrame = 'site' | 'bare';

const route = <Args extends unknown[]>(definition: RouteDefinition<Args>) => definition;

export const routeTable = {
  start: route({
    pattern: '',
    address: paths.start,
  }),
  module: route({
    pattern: 'module/:moduleId',
    address: paths.module,
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  // A module's certificate, to print once every lesson of the module is done on this computer.
  certificate: route({
    pattern: 'certificate/:moduleId',
    address: paths.certificate,
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  // Before lessonStep: "done" would otherwise be taken for a step number.
  lessonDone: route({
    pattern: 'lesson/:lessonId/done',
    address: paths.lessonDone,
    chunk: lessonDoneChunk,
    lesson: (params) => params.lessonId,
  }),
  lessonStep: route({
    pattern: 'lesson/:lessonId/:step',
    address: paths.lessonStep,
    chunk: lessonPagesChunk,
    lesson: (params) => params.lessonId,
  }),
  myProgress: route({
    pattern: 'progress',
    address: paths.myProgress,
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  takeHome: route({
    pattern: 'progress/take-home',
    address: paths.takeHome,
    // The code's workings come with the page, the QR code library only when the page shows one.
    chunk: otherPagesChunk,
    strings: ['transfer'],
  }),
  about: route({
    pattern: 'about',
    address: paths.about,
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  glossary: route({
    pattern: 'glossary',
    address: paths.glossary,
    chunk: otherPagesChunk,
    strings: ['pages'],
    content: (language) => ({
      source: glossaryChunkSource(lessonLanguageFor(language)),
      load: () => otherPagesChunk.load().then((pages) => pages.loadGlossary(lessonLanguageFor(language))),
    }),
  }),
  accessibility: route({
    pattern: 'accessibility',
    address: paths.accessibility,
    chunk: otherPagesChunk,
    strings: ['pages'],
    content: (language) => sitePageContent(language, 'accessibility'),
  }),
  privacy: route({
    pattern: 'privacy',
    address: paths.privacy,
    chunk: otherPagesChunk,
    strings: ['pages'],
    content: (language) => sitePageContent(language, 'privacy'),
  }),
  // The presenter view fills the projector's screen: no header, footer or breadcrumbs. Before `instructor`, whose `*` also matches it.
  presenter: route({
    pattern: 'instructor/present/:lessonId/:step',
    address: paths.presenter,
    chunk: instructorPagesChunk,
    lesson: (params) => params.lessonId,
    frame: 'bare',
  }),
  // The instructor tools: one route, whose pages chunks/instructor-pages.ts routes, with their strings, in its own chunk.
  instructor: route({
    pattern: 'instructor/*',
    address: paths.instructor,
    chunk: instructorPagesChunk,
    lesson: (params) => params['*']?.split('/')[1],
  }),
} satisfies Record<PathName, unknown>;

function sitePageContent(language: UiLanguage, pageId: string): PageContent {
  return { source: sitePageChunkSource(language, pageId), load: () => otherPagesChunk.load().then((pages) => pages.loadSitePage(language, pageId)) };
}

export type RouteName = keyof typeof routeTable;
export const routeNames = Object.keys(routeTable) as RouteName[];

/** The address without a language: the start page in the library's default language. */
export const rootAddress = '/';

/** The page a static server shows for an address that does not exist. */
export const notFoundAddress = () => `/${libraryConfig.defaultLanguage}/404/`;

export interface MatchedRoute {
  name: RouteName;
  params: Params;
  language: UiLanguage;
}

/** The route an address (without the base path) shows, or undefined for an unknown address. */
export function matchRoute(pathname: string): MatchedRoute | undefined {
  if (pathname === rootAddress || pathname === '') return { name: 'start', params: {}, language: libraryConfig.defaultLanguage };
  for (const name of routeNames) {
    const match = matchPath({ path: `/:lang/${routeTable[name].pattern}`, end: true }, pathname);
    if (match && isUiLanguage(match.params.lang)) return { name, params: match.params, language: match.params.lang };
  }
  return undefined;
}

/** The frame the shell draws around the page at an address (without the base path). */
export function frameOfPath(pathname: string): PageFrame {
  const matched = matchRoute(pathname);
  return (matched && (routeTable[matched.name] as RouteDefinition<never[]>).frame) || 'site';
}

/** What a page is made from beyond the start page's download: the chunk of its code, its text (glossary, site pages) and the lesson it shows. */
export function needsOfPath(pathname: string): {
  language: UiLanguage;
  chunk?: PageChunk<unknown>;
  strings?: readonly LazyNamespace[];
  content?: PageContent;
  lessonId?: string;
} {
  const matched = matchRoute(pathname);
  const language = matched?.language ?? languageOfPath(pathname);
  if (!matched) return { language };
  const definition: RouteDefinition<never[]> = routeTable[matched.name] as RouteDefinition<never[]>;
  const lessonId = definition.lesson?.(matched.params);
  const content = definition.content?.(language);
  return {
    language,
    ...(definition.chunk ? { chunk: definition.chunk } : {}),
    ...(definition.strings ? { strings: definition.strings } : {}),
    ...(content ? { content } : {}),
    ...(lessonId ? { lessonId } : {}),
  };
}

/**
 * Loads what a page is made from before it renders (its language's strings,
 * the chunk of its code, its text, the lesson it shows), so the first render is the
 * finished page: prerendered HTML hydrates unchanged, and tests start from
 * the page, not a loading state.
 */
export async function loadWhatPageNeeds(pathname: string): Promise<void> {
  const { language, chunk, strings = [], content, lessonId } = needsOfPath(pathname);
  await Promise.all([
    loadLanguage(language),
    // A page beyond the start page says more than the first strings hold.
    chunk ? Promise.all([chunk.load(), loadLaterStrings(language)]) : undefined,
    ...strings.map((namespace) => loadNamespace(language, namespace)),
    content?.load(),
    lessonId ? loadLesson(lessonLanguageFor(language), lessonId) : undefined,
  ]);
}
