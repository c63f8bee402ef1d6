import { libraryConfig } from 'virtual:natvana/library';
import type { UiLanguage } from '../i18n/languages.ts';

export { libraryConfig };

/** A library text in the interface language, or in English (then Swedish) where the library has not written it. */
export function libraryText(texts: Partial<Record<UiLanguage, string>> | undefined, language: UiLanguage): string | undefined {
  return texts?.[language] ?? texts?.en ?? texts?.sv;
}
