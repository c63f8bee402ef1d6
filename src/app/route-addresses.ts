/**
 * Every address of every route, for the prerenderer alone (entry-server.tsx):
 * the lists grow with the course, so they live apart from the route table,
 * which the browser downloads with the start page.
 *
 * The type asks for one entry per route, each giving the arguments of its
 * address builder (src/paths/), so a new route cannot be left out.
 */
import { lessonIndex } from '../content/index.ts';
import { type UiLanguage, lessonLanguageFor } from '../i18n/index.ts';
import { type RouteName, rootAddress, routeNames, routeTable } from './routes.ts';

type ArgsOf<Name extends RouteName> = (typeof routeTable)[Name]['address'] extends (language: UiLanguage, ...args: infer Args) => string ? Args : never;

const lessonsIn = (language: UiLanguage) => lessonIndex.lessons[lessonLanguageFor(language)];

/** The arguments of every page of each route in a language. */
export const pagesOfRoute: { [Name in RouteName]: (language: UiLanguage) => ArgsOf<Name>[] } = {
  start: () => [[]],
  module: () => lessonIndex.modules.map((module): [string] => [module.id]),
  certificate: () => lessonIndex.modules.map((module): [string] => [module.id]),
  lessonDone: (language) => lessonsIn(language).map((lesson): [string] => [lesson.id]),
  lessonStep: (language) => lessonsIn(language).flatMap((lesson) => Array.from({ length: lesson.stepCount }, (_, index): [string, number] => [lesson.id, index + 1])),
  myProgress: () => [[]],
  takeHome: () => [[]],
  about: () => [[]],
  glossary: () => [[]],
  accessibility: () => [[]],
  privacy: () => [[]],
  presenter: (language) => lessonsIn(language).map((lesson): [string, number] => [lesson.id, 1]),
  instructor: (language) => [[''], ['plan/'], ['class/'], ...lessonsIn(language).flatMap((lesson): [string][] => [[`lesson/${lesson.id}/`], [`handout/${lesson.id}/`]])],
};

/** Every address in the app, in every interface language, starting with the root. */
export function allAddresses(languages: readonly UiLanguage[]): string[] {
  const addresses = [rootAddress];
  for (const language of languages) {
    for (const name of routeNames) {
      const address = routeTable[name].address as (language: UiLanguage, ...args: unknown[]) => string;
      for (const args of pagesOfRoute[name](language) as unknown[][]) addresses.push(address(language, ...args));
    }
  }
  return addresses;
}
