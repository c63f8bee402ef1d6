import type { ComponentType } from 'react';
import { lazyPage } from '../lazy-pages.tsx';
import { lessonPagesChunk, type RouteName, routeTable } from '../routes.ts';
import { AboutPage } from './about-page.tsx';
import { ModulePage } from './module-page.tsx';
import { StartPage } from './start-page.tsx';

/** The page each route of the route table shows. The type asks for one per route. */
export const routePages: Record<RouteName, ComponentType> = {
  start: StartPage,
  module: ModulePage,
  lessonDone: lazyPage(lessonPagesChunk, (pages) => pages.LessonDonePage),
  lessonStep: lazyPage(lessonPagesChunk, (pages) => pages.LessonStepPage),
  myProgress: lazyPage(lessonPagesChunk, (pages) => pages.MyProgressPage),
  takeHome: lazyPage(lessonPagesChunk, (pages) => pages.TakeHomePage, routeTable.takeHome.namespaces),
  about: AboutPage,
};
