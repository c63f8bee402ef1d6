import type { ComponentType } from 'react';
import { lazyPage } from '../lazy-pages.tsx';
import { type RouteName, loadSettingsPanel, routeTable } from '../routes.ts';
import { lessonPagesChunk } from '../lesson-pages-chunk.ts';
import { lessonDoneChunk } from '../lesson-done-chunk.ts';
import { otherPagesChunk } from '../other-pages-chunk.ts';
import { instructorRoutePages } from './instructor-route-pages.ts';
import { startPage } from '../../course/start-page.tsx';
import { instructorPagesChunk } from '../instructor-pages-chunk.ts';
import { todaysClassKey } from '../../instructor/todays-class-key.ts';
import { safeStorage } from '../../storage/index.ts';

/** The page each route of the route table shows. The type asks for one per route. */
export const routePages: Record<RouteName, ComponentType> = {
  // In the start page's download; what it opens comes from chunks of its own.
  start: startPage({
    loadSettingsPanel,
    // Today's class only where a class's link was opened on this computer: a learner's start page downloads no instructor code.
    loadTodaysClass: () => (safeStorage().read(todaysClassKey) ? instructorPagesChunk.load().then((pages) => pages.TodaysClass) : Promise.resolve(undefined)),
  }),
  module: lazyPage(otherPagesChunk, (pages) => pages.ModulePage, routeTable.module.strings),
  certificate: lazyPage(otherPagesChunk, (pages) => pages.CertificatePage, routeTable.certificate.strings),
  lessonDone: lazyPage(lessonDoneChunk, (pages) => pages.LessonDonePage),
  // On a lesson's last step, the done page's chunk is fetched ahead, so Klar shows it at once.
  lessonStep: lazyPage(lessonPagesChunk, (pages) => pages.lessonStepPageWith(() => void lessonDoneChunk.load().catch(() => undefined))),
  myProgress: lazyPage(otherPagesChunk, (pages) => pages.MyProgressPage, routeTable.myProgress.strings),
  takeHome: lazyPage(otherPagesChunk, (pages) => pages.TakeHomePage, routeTable.takeHome.strings),
  about: lazyPage(otherPagesChunk, (pages) => pages.AboutPage, routeTable.about.strings),
  glossary: lazyPage(otherPagesChunk, (pages) => pages.GlossaryPage),
  accessibility: lazyPage(otherPagesChunk, (pages) => pages.AccessibilityPage),
  privacy: lazyPage(otherPagesChunk, (pages) => pages.PrivacyPage),
  ...instructorRoutePages,
};
