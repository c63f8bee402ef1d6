import type { ComponentType } from 'react';
import { lazyPage } from '../lazy-pages.tsx';
import { type RouteName, routeTable } from '../routes.ts';
import { lessonPagesChunk } from '../lesson-pages-chunk.ts';
import { otherPagesChunk } from '../other-pages-chunk.ts';
import { instructorRoutePages } from './instructor-route-pages.ts';
import { StartPage } from './start-page.tsx';

/** The page each route of the route table shows. The type asks for one per route. */
export const routePages: Record<RouteName, ComponentType> = {
  start: StartPage,
  module: lazyPage(otherPagesChunk, (pages) => pages.ModulePage, routeTable.module.strings),
  certificate: lazyPage(otherPagesChunk, (pages) => pages.CertificatePage, routeTable.certificate.strings),
  lessonDone: lazyPage(lessonPagesChunk, (pages) => pages.LessonDonePage),
  lessonStep: lazyPage(lessonPagesChunk, (pages) => pages.LessonStepPage),
  myProgress: lazyPage(otherPagesChunk, (pages) => pages.MyProgressPage, routeTable.myProgress.strings),
  takeHome: lazyPage(otherPagesChunk, (pages) => pages.TakeHomePage, routeTable.takeHome.strings),
  about: lazyPage(otherPagesChunk, (pages) => pages.AboutPage, routeTable.about.strings),
  glossary: lazyPage(otherPagesChunk, (pages) => pages.GlossaryPage),
  accessibility: lazyPage(otherPagesChunk, (pages) => pages.AccessibilityPage),
  privacy: lazyPage(otherPagesChunk, (pages) => pages.PrivacyPage),
  ...instructorRoutePages,
};
