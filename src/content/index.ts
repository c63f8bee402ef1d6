export {
  findLessonSummary,
  findModule,
  lessonIndex,
  lessonsOfModule,
  loadInstructorNotes,
  loadLesson,
  nextLessonAfter,
  useLesson,
  type LessonState,
} from './lessons.ts';
export type * from './types.ts';
export { libraryConfig, libraryText } from './library.ts';
export type { LibraryConfig } from './library-types.ts';
