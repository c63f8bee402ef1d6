import type { UiLanguage } from '../i18n/index.ts';
import { paths } from '../paths/index.ts';

/** The addresses of the instructor tools' pages, under the route table's one `instructor` route. */
export const instructorPaths = {
  hub: (language: UiLanguage) => paths.instructor(language),
  plan: (language: UiLanguage) => paths.instructor(language, 'plan/'),
  /** The page a class's link opens on the learners' computers. */
  todaysClass: (language: UiLanguage) => paths.instructor(language, 'class/'),
  /** The presenter view: a route of its own (`presenter`), drawn without the site's header and footer. */
  present: (language: UiLanguage, lessonId: string, step: number) => paths.presenter(language, lessonId, step),
  presenterNotes: (language: UiLanguage, lessonId: string, step: number) => paths.instructor(language, `present/${lessonId}/${step}/notes/`),
  handout: (language: UiLanguage, lessonId: string) => paths.instructor(language, `handout/${lessonId}/`),
  overview: (language: UiLanguage, lessonId: string) => paths.instructor(language, `lesson/${lessonId}/`),
};
