import { createContext, useContext } from 'react';
import { defaultLanguage, textDirection, type UiLanguage } from './languages.ts';

export const UiLanguageContext = createContext<UiLanguage>(defaultLanguage);

/** The interface language of the current page, taken from its address. */
export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}

/**
 * `lang` and `dir` for interface text placed inside content of another
 * language (a Swedish lesson shown with Arabic buttons), so screen readers
 * pronounce it right and punctuation lands on the right side.
 */
export function useUiTextAttributes(): { lang: UiLanguage; dir: 'ltr' | 'rtl' } {
  const language = useUiLanguage();
  return { lang: language, dir: textDirection(language) };
}
