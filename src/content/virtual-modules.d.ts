declare module 'virtual:natvana/lesson-index' {
  // An ambient module cannot use a relative `import type`; an import() type is the way to reach the shared types.
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  type LessonIndex = import('./types.ts').LessonIndex;
  /* eslint-enable @typescript-eslint/consistent-type-imports */

  export const lessonIndex: LessonIndex;
}

declare module 'virtual:natvana/lesson-loaders/*' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a relative import type
  type CompiledLesson = import('./types.ts').CompiledLesson;

  /** One loader per lesson id of the module's lesson language (`lesson-loaders/sv`); each lesson is its own chunk. */
  export const lessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
}

declare module 'virtual:natvana/course-outline' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a relative import type
  type CourseOutline = import('./types.ts').CourseOutline;

  /** What the start page needs of the course: the modules, their number of lessons and minutes per lesson language. */
  export const courseOutline: CourseOutline;
}

declare module 'virtual:natvana/instructor-notes-index' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a relative import type
  type InstructorNotes = import('./types.ts').InstructorNotes;

  /** One loader per `<lang>/<lesson id>` that has instructor notes; each is its own chunk, which learners never load. */
  export const instructorNoteLoaders: Record<string, () => Promise<{ default: InstructorNotes }>>;
}

declare module 'virtual:natvana/library' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a relative import type
  export const libraryConfig: import('./library-types.ts').LibraryConfig;
}

declare module 'virtual:natvana/library.css';

declare module 'virtual:natvana/page-content-index' {
  /* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module cannot use a relative import type */
  type GlossaryPageData = import('./types.ts').GlossaryPageData;
  type SitePage = import('./types.ts').SitePage;
  /* eslint-enable @typescript-eslint/consistent-type-imports */

  /** One loader per lesson language; each glossary is its own chunk. */
  export const glossaryLoaders: Record<string, () => Promise<{ default: GlossaryPageData }>>;
  /** One loader per `<lang>/<page id>` of site-pages/; each page is its own chunk. */
  export const sitePageLoaders: Record<string, () => Promise<{ default: SitePage }>>;
}

declare module 'virtual:natvana/practice-scenarios' {
  /**
   * One loader per `<lang>/<kind>/<scenario id>`; each scenario is its own chunk, which only the practice host
   * loads. Its type is the kind's (`ScenarioOf` in src/practice/registry.ts): the kind's view reads it.
   */
  export const practiceScenarioLoaders: Record<string, () => Promise<{ default: unknown }>>;
}
