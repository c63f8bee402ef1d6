export {
  courseOutline,
  findLessonSummary,
  findModule,
  lessonChunkSource,
  lessonIndex,
  lessonIndexChunkSource,
  lessonLoadersChunkSource,
  lessonIndexLoaded,
  lessonsOfModule,
  loadLessonIndex,
  moduleOutline,
  loadLesson,
  nextLessonAfter,
  useLesson,
  type LessonState,
} from './lessons.ts';
export { useLessonIndexWhen } from './use-lesson-index.ts';
export type * from './types.ts';
export { libraryConfig, libraryText } from './library.ts';
export type { LibraryConfig } from './library-types.ts';
export type * from './practice.ts';
export { glossaryChunkSource, sitePageChunkSource } from './page-content-sources.ts';
// loadInstructorNotes is not here: import it from './instructor-notes.ts', so the start page does not carry the list of notes.
