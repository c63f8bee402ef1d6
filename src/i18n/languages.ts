/** Every language the interface speaks. The first is the default. */
export const uiLanguages = ['sv', 'en', 'ar'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Languages lessons are written in. A lesson missing in one of them is reported by `lessons:check`. */
export const lessonLanguages = ['sv', 'en'] as const;
export type LessonLanguage = (typeof lessonLanguages)[number];

export const defaultLanguage: UiLanguage = 'sv';

const rightToLeft: ReadonlySet<UiLanguage> = new Set(['ar']);

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (uiLanguages as readonly string[]).includes(value ?? '');
}

export function isLessonLanguage(value: string | undefined): value is LessonLanguage {
  return (lessonLanguages as readonly string[]).includes(value ?? '');
}

export function textDirection(language: UiLanguage): 'ltr' | 'rtl' {
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}

/** The lesson language shown to someone whose interface is in `language`: their own if lessons exist in it. */
export function lessonLanguageFor(language: UiLanguage): LessonLanguage {
  return isLessonLanguage(language) ? language : 'sv';
}
