/**
 * The route table: every page of Nätvana, once. Each route says its pattern
 * (for the router), how to build its address (for links), every address it
 * has (for the prerenderer), the chunk its page lives in when it is not in
 * the start page's download, and the lesson it shows (loaded before it
 * renders). The router (app.tsx), the prerenderer (entry-server.tsx and
 * scripts/prerender.ts), the client start and the test helper all read it.
 *
 * Every address ends in a slash because each is prerendered as a folder with
 * an index.html, which any static web server can serve without rewrite rules.
 *
 * To add a page: one entry here, its component in pages/route-pages.ts (the
 * type there asks for it), and the page itself.
 */
import type { i18n as I18n } from 'i18next';
import { matchPath } from 'react-router';
import { glossaryChunkSource, lessonIndex, libraryConfig, loadLesson, loadLessonIndex, sitePageChunkSource } from '../content/index.ts';
import {
  type LazyNamespace,
  type UiLanguage,
  isUiLanguage,
  lessonLanguageFor,
  loadLanguage,
  loadLaterStrings,
  loadNamespace,
} from '../i18n/index.ts';
import { type PageChunk, pageChunk } from './page-chunk.ts';

/**
 * A lesson's steps and done page, in one chunk loaded when a lesson is opened
 * (see pages/lesson-pages.ts). They read the lesson alone, not the index of
 * the course, so opening a lesson costs the same however many lessons there are.
 */
export const lessonPagesChunk = pageChunk('src/app/pages/lesson-pages.ts', () => import('./pages/lesson-pages.ts'));

/** Every other page but the start page, in one chunk loaded when one of them is opened (see pages/other-pages.ts), with the lesson index they read. */
export const otherPagesChunk = pageChunk(
  'src/app/pages/other-pages.ts',
  () => Promise.all([import('./pages/other-pages.ts'), loadLessonIndex()]).then(([pages]) => pages),
  { withLessonIndex: true },
);

/** The instructor tools' pages (pages/instructor-pages.ts): their own chunk, which a learner's lesson step never downloads, with the lesson index they read. */
export const instructorPagesChunk = pageChunk(
  'src/app/pages/instructor-pages.ts',
  () => Promise.all([import('./pages/instructor-pages.ts'), loadLessonIndex()]).then(([pages]) => pages),
  { withLessonIndex: true },
);

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
  /** The address of one page of this route, under the site's base path. */
  address(language: UiLanguage, ...args: Args): string;
  /** The arguments of every page of this route in a language, for prerendering. */
  pages(language: UiLanguage): Args[];
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
const lessonsIn = (language: UiLanguage) => lessonIndex.lessons[lessonLanguageFor(language)];

export const routeTable = {
  start: route({
    pattern: '',
    address: (language) => `/${language}/`,
    pages: () => [[]],
  }),
  module: route({
    pattern: 'module/:moduleId',
    address: (language, moduleId: string) => `/${language}/module/${moduleId}/`,
    pages: () => lessonIndex.modules.map((module) => [module.id]),
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  // A module's certificate, to print once every lesson of the module is done on this computer.
  certificate: route({
    pattern: 'certificate/:moduleId',
    address: (language, moduleId: string) => `/${language}/certificate/${moduleId}/`,
    pages: () => lessonIndex.modules.map((module) => [module.id]),
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  // Before lessonStep: "done" would otherwise be taken for a step number.
  lessonDone: route({
    pattern: 'lesson/:lessonId/done',
    address: (language, lessonId: string) => `/${language}/lesson/${lessonId}/done/`,
    pages: (language) => lessonsIn(language).map((lesson) => [lesson.id]),
    chunk: lessonPagesChunk,
    lesson: (params) => params.lessonId,
  }),
  lessonStep: route({
    pattern: 'lesson/:lessonId/:step',
    /** `step` counts from 1, as the learner sees it. */
    address: (language, lessonId: string, step: number) => `/${language}/lesson/${lessonId}/${step}/`,
    pages: (language) =>
      lessonsIn(language).flatMap((lesson) => Array.from({ length: lesson.stepCount }, (_, index) => [lesson.id, index + 1] as [string, number])),
    chunk: lessonPagesChunk,
    lesson: (params) => params.lessonId,
  }),
  myProgress: route({
    pattern: 'progress',
    address: (language) => `/${language}/progress/`,
    pages: () => [[]],
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  takeHome: route({
    pattern: 'progress/take-home',
    address: (language) => `/${language}/progress/take-home/`,
    pages: () => [[]],
    // The code's workings come with the page, the QR code library only when the page shows one.
    chunk: otherPagesChunk,
    strings: ['transfer'],
  }),
  about: route({
    pattern: 'about',
    address: (language) => `/${language}/about/`,
    pages: () => [[]],
    chunk: otherPagesChunk,
    strings: ['pages'],
  }),
  glossary: route({
    pattern: 'glossary',
    address: (language) => `/${language}/glossary/`,
    pages: () => [[]],
    chunk: otherPagesChunk,
    content: (language) => ({
      source: glossaryChunkSource(lessonLanguageFor(language)),
      load: () => otherPagesChunk.load().then((pages) => pages.loadGlossary(lessonLanguageFor(language))),
    }),
  }),
  accessibility: route({
    pattern: 'accessibility',
    address: (language) => `/${language}/accessibility/`,
    pages: () => [[]],
    chunk: otherPagesChunk,
    content: (language) => sitePageContent(language, 'accessibility'),
  }),
  privacy: route({
    pattern: 'privacy',
    address: (language) => `/${language}/privacy/`,
    pages: () => [[]],
    chunk: otherPagesChunk,
    content: (language) => sitePageContent(language, 'privacy'),
  }),
  // The presenter view fills the projector's screen: no header, footer or breadcrumbs. Before `instructor`, whose `*` also matches it.
  presenter: route({
    pattern: 'instructor/present/:lessonId/:step',
    address: (language, lessonId: string, step: number) => `/${language}/instructor/present/${lessonId}/${step}/`,
    pages: (language) => lessonsIn(language).map((lesson): [string, number] => [lesson.id, 1]),
    chunk: instructorPagesChunk,
    lesson: (params) => params.lessonId,
    frame: 'bare',
  }),
  // The instructor tools: one route, whose pages pages/instructor-pages.ts routes, with their strings, in its own chunk.
  instructor: route({
    pattern: 'instructor/*',
    /** `path` is the page under /<lang>/instructor/, ending in a slash: `lesson/what-is-email/`. */
    address: (language, path: string = '') => `/${language}/instructor/${path}`,
    pages: (language): [string][] => [[''], ['plan/'], ['class/'], ...lessonsIn(language).flatMap((lesson): [string][] => [[`lesson/${lesson.id}/`], [`handout/${lesson.id}/`]])],
    chunk: instructorPagesChunk,
    lesson: (params) => params['*']?.split('/')[1],
  }),
};

/** Where a word's entry is on the glossary page: the target of the links from words explained in lessons. */
export const glossaryEntryId = (termId: string) => `word-${termId}`;

/** The address of a word's entry on the glossary page. */
export const glossaryWordAddress = (language: UiLanguage, termId: string) => `${routeTable.glossary.address(language)}#${glossaryEntryId(termId)}`;

function sitePageContent(language: UiLanguage, pageId: string): PageContent {
  return { source: sitePageChunkSource(language, pageId), load: () => otherPagesChunk.load().then((pages) => pages.loadSitePage(language, pageId)) };
}

export type RouteName = keyof typeof routeTable;
export const routeNames = Object.keys(routeTable) as RouteName[];

type AddressArgs<Name extends RouteName> = (typeof routeTable)[Name] extends RouteDefinition<infer Args> ? Args : never;

/** How to build each route's address: `paths.lessonStep('sv', 'what-is-email', 2)`. */
export const paths = Object.fromEntries(routeNames.map((name) => [name, routeTable[name].address])) as {
  [Name in RouteName]: (language: UiLanguage, ...args: AddressArgs<Name>) => string;
};

/** The address without a language: the start page in the library's default language. */
const rootAddress = '/';

/** The page a static server shows for an address that does not exist. */
export const notFoundAddress = () => `/${libraryConfig.defaultLanguage}/404/`;

/** The interface language an address is shown in: its first segment, or the library's default language. */
export function languageOfPath(pathname: string): UiLanguage {
  const first = pathname.split('/')[1];
  return isUiLanguage(first) ? first : libraryConfig.defaultLanguage;
}

/** The same page in another language: swaps the first segment of the path. */
export function pathInLanguage(pathname: string, language: UiLanguage): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return `/${language}${rest === '' ? '/' : rest}`;
}

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

/** Every address in the app, in every interface language, starting with the root. */
export function allAddresses(languages: readonly UiLanguage[]): string[] {
  const addresses = [rootAddress];
  for (const language of languages) {
    for (const name of routeNames) {
      const definition = routeTable[name] as RouteDefinition<unknown[]>;
      for (const args of definition.pages(language)) addresses.push(definition.address(language, ...args));
    }
  }
  return addresses;
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
