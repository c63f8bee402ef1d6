import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { type UiLanguage, uiLanguages } from './languages.ts';

export * from './languages.ts';
export { UiLanguageContext, useUiLanguage, useUiTextAttributes } from './language-context.tsx';

export const namespaces = ['common', 'player', 'pages', 'sitePages'] as const;
type Namespace = (typeof namespaces)[number];

/**
 * Each language's strings are their own small chunk: a page downloads only
 * the language it is shown in.
 */
const localeBundles = import.meta.glob<{ default: Record<Namespace, Record<string, unknown>> }>('./locales/*/index.ts');

/** The file a language's strings are built from, as the build's manifest names its chunk (see scripts/prerender.ts). */
export function languageChunkSource(language: UiLanguage): string {
  return `src/i18n/locales/${language}/index.ts`;
}

const loaded = new Map<UiLanguage, Record<Namespace, Record<string, unknown>>>();
const loading = new Map<UiLanguage, Promise<void>>();
const instances = new Map<UiLanguage, I18n>();

/** Downloads a language's strings once; later calls share the same download. */
export function loadLanguage(language: UiLanguage): Promise<void> {
  if (loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    const load = localeBundles[`./locales/${language}/index.ts`];
    if (!load) return Promise.reject(new Error(`Nätvana has no strings for ${language}.`));
    pending = load().then(
      (bundle) => {
        loaded.set(language, bundle.default);
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * One i18next instance per language, created once its strings are loaded.
 * The address decides the language, so each page renders in its own language
 * on the server and in the browser alike, with no shared global switched
 * during render. Swedish is the fallback for a string missing elsewhere.
 */
export function i18nFor(language: UiLanguage): I18n | undefined {
  const strings = loaded.get(language);
  if (!strings) return undefined;
  let instance = instances.get(language);
  if (!instance) {
    const resources: Resource = { [language]: strings };
    const fallback = loaded.get('sv');
    if (language !== 'sv' && fallback) resources.sv = fallback;
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: language === 'sv' ? false : ['sv'],
      supportedLngs: [...uiLanguages],
      ns: [...namespaces],
      defaultNS: 'common',
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(language, instance);
  }
  return instance;
}
