import type { ComponentType } from 'react';
import { lazyPage } from '../lazy-pages.tsx';
import { lessonPagesChunk, type RouteName, sitePagesChunk } from '../routes.ts';
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
  about: AboutPage,
  glossary: lazyPage(sitePagesChunk, (pages) => pages.GlossaryPage),
  accessibility: lazyPage(sitePagesChunk, (pages) => pages.AccessibilityPage),
  privacy: lazyPage(sitePagesChunk, (pages) => pages.PrivacyPage),
};
