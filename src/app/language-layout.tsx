import { useEffect, useState } from 'react';
import { i18nFor, isUiLanguage, loadLanguage, textDirection, TranslationProvider, type UiLanguage, UiLanguageContext } from '../i18n/index.ts';
import { Outlet, useParams } from 'react-router';
import { libraryConfig } from '../content/index.ts';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { Shell } from './shell.tsx';

/**
 * Everything under `/:lang/`: picks the interface language from the address,
 * sets `<html lang dir>` to match, and draws the page frame. The first page's
 * strings are loaded before the app starts; another language's are fetched
 * when the learner switches to it.
 */
export function LanguageLayout({ fixedLanguage }: { fixedLanguage?: UiLanguage }) {
  const { lang } = useParams();
  const known = fixedLanguage ?? (isUiLanguage(lang) ? lang : undefined);
  const language = known ?? libraryConfig.defaultLanguage;
  const i18n = i18nFor(language);
  const [, setLoadedLanguage] = useState<UiLanguage | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
    if (!i18nFor(language)) {
      loadLanguage(language).then(
        () => setLoadedLanguage(language),
        () => setLoadedLanguage(undefined),
      );
    }
  }, [language]);

  if (!i18n) return <div className="language-loading" aria-busy="true" />;
  return (
    <UiLanguageContext.Provider value={language}>
      <TranslationProvider i18n={i18n}>
        <Shell>{known ? <Outlet /> : <NotFoundPage />}</Shell>
      </TranslationProvider>
    </UiLanguageContext.Provider>
  );
}
