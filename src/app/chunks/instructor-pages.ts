/**
 * The instructor tools' pages: one chunk of their own, downloaded only when
 * one of them is opened, or by a lesson step in instructor view for its
 * notes. A learner's lesson step never downloads it. The route table has one
 * route for them all (`instructor/*`), whose pages are routed here, and one
 * for the presenter view, which the shell draws without the site's frame.
 */
export { InstructorPages, PresenterPage } from '../../instructor/instructor-pages.tsx';
export { withInstructorStringsIn } from '../../instructor/instructor-strings.ts';
export { StepNotes, type StepNotesProps } from '../../instructor/step-notes.tsx';
import { TodaysClass as Class } from '../../instructor/todays-class.tsx';
import { withInstructorStrings } from '../../instructor/with-instructor-strings.tsx';
/** Today's class, for the start page: downloaded only when a class's link was opened on this computer. */
export const TodaysClass = withInstructorStrings(Class);

/*
 * The instructor pages build on the other pages' chunk (the player, the
 * breadcrumbs, the load problem): depending on it whole keeps the bundler
 * from splitting the parts both use into pieces of their own, each a further
 * file name in the start page's download.
 */
export * as otherPages from './other-pages.ts';
