import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { ClassPlanPage } from './class-plan-page.tsx';
import { HandoutPage } from './handout-page.tsx';
import { InstructorPage } from './instructor-page.tsx';
import { LessonOverviewPage } from './lesson-overview-page.tsx';
import { PresenterNotesPage, PresenterPage as Presenter } from './presenter-pages.tsx';
import { TodaysClassPage } from './todays-class.tsx';
import { withInstructorStrings } from './with-instructor-strings.tsx';
// With the instructor's chunk, not every learner's first stylesheet.
import './instructor.css';

/** The presenter view, a route of its own (`presenter` in the route table): the shell draws it without the site's frame. */
export const PresenterPage = withInstructorStrings(Presenter);

/** The pages under /<lang>/instructor/, each with the instructor strings. */
export const InstructorPages = withInstructorStrings(function InstructorRoutes() {
  return (
    <Routes>
      <Route index element={<InstructorPage />} />
      <Route path="lesson/:lessonId" element={<LessonOverviewPage />} />
      <Route path="plan" element={<ClassPlanPage />} />
      <Route path="handout/:lessonId" element={<HandoutPage />} />
      <Route path="present/:lessonId/:step/notes" element={<PresenterNotesPage />} />
      <Route path="class" element={<TodaysClassPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
});
