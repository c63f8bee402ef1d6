declare module 'virtual:natvana/lesson-index' {
  import type { CompiledLesson, LessonIndex } from './types.ts';

  export const lessonIndex: LessonIndex;
  /** One loader per `<lang>/<lesson id>`; each lesson is its own chunk. */
  export const lessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
}
