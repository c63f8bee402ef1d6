import type { ComponentType } from 'react';
import { lazyPage } from '../lazy-pages.tsx';
import { otherPagesChunk, type RouteName } from '../routes.ts';
import { instructorRoutePages } from './instructor-route-pages.ts';
import { StartPage } from './start-page.tsx';

/** The page each route of the route table shows. The type asks for one per route. */
export const routePages: Record<RouteName, ComponentType> = {
  start: StartPage,
  module: lazyPage(otherPagesChunk, (pages) => pages.ModulePage),
  lessonDone: lazyPage(otherPagesChunk, (pages) => pages.LessonDonePage),
  lessonStep: lazyPage(otherPagesChunk, (pages) => pages.LessonStepPage),
  myProgress: lazyPage(otherPagesChunk, (pages) => pages.MyProgressPage),
  takeHome: lazyPage(otherPagesChunk, (pages) => pages.TakeHomePage),
  about: lazyPage(otherPagesChunk, (pages) => pages.AboutPage),
  glossary: lazyPage(otherPagesChunk, (pages) => pages.GlossaryPage),
  accessibility: lazyPage(otherPagesChunk, (pages) => pages.AccessibilityPage),
  privacy: lazyPage(otherPagesChunk, (pages) => pages.PrivacyPage),
  ...instructorRoutePages,
};
