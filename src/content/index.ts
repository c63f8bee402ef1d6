export {
  findLessonSummary,
  findModule,
  lessonIndex,
  lessonsOfModule,
  loadLesson,
  nextLessonAfter,
  primeLessonCache,
  useLesson,
  type LessonState,
} from './lessons.ts';
export type * from './types.ts';
