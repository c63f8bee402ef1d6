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
  loadInstructorNotes,
  loadLesson,
  nextLessonAfter,
  useLesson,
  type LessonState,
} from './lessons.ts';
export type * from './types.ts';
export { libraryConfig, libraryText } from './library.ts';
export type { LibraryConfig } from './library-types.ts';
export type * from './practice.ts';
export { glossaryChunkSource, sitePageChunkSource } from './page-content-sources.ts';
