import { createContext, useContext } from 'react';
import { defaultLanguage, type UiLanguage } from './languages.ts';

export const UiLanguageContext = createContext<UiLanguage>(defaultLanguage);

/** The interface language of the current page, taken from its address. */
export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}
