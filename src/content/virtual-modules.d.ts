declare module 'virtual:natvana/lesson-index' {
  type LessonIndex = import('./types.ts').LessonIndex;
  type CompiledLesson = import('./types.ts').CompiledLesson;

  export const lessonIndex: LessonIndex;
  /** One loader per `<lang>/<lesson id>`; each lesson is its own chunk. */
  export const lessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
}
