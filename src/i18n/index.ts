import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { type UiLanguage, uiLanguages } from './languages.ts';

export * from './languages.ts';
export { UiLanguageContext, useUiLanguage, useUiTextAttributes } from './language-context.tsx';

export const namespaces = ['common', 'player', 'pages', 'transfer'] as const;
type Namespace = (typeof namespaces)[number];

/**
 * Each language's strings are their own small chunk: a page downloads only
 * the language it is shown in.
 */
const localeBundles = import.meta.glob<{ default: Record<Exclude<Namespace, LazyNamespace>, Record<string, unknown>> }>('./locales/*/index.ts');

/** The file a language's strings are built from, as the build's manifest names its chunk (see scripts/prerender.ts). */
export function languageChunkSource(language: UiLanguage): string {
  return `src/i18n/locales/${language}/index.ts`;
}

const loaded = new Map<UiLanguage, Record<Exclude<Namespace, LazyNamespace>, Record<string, unknown>>>();
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
    for (const [key, bundle] of lazyLoaded) {
      const [bundleLanguage, namespace] = key.split('/') as [UiLanguage, LazyNamespace];
      if (bundleLanguage === language || bundleLanguage === 'sv') instance.addResourceBundle(bundleLanguage, namespace, bundle);
    }
  }
  return instance;
}

/**
 * Namespaces not in a language's chunk: each language's file downloads with
 * the pages and dialogs that use it (taking progress home, erasing this
 * computer), so every other page's download stays small. Swedish comes too,
 * as the fallback.
 */
export const lazyNamespaces = ['transfer'] as const;
export type LazyNamespace = (typeof lazyNamespaces)[number];
const lazyBundles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/transfer.json');
/** By `<language>/<namespace>`: the download, and once it is there, its strings. */
const lazyLoading = new Map<string, Promise<void>>();
const lazyLoaded = new Map<string, Record<string, unknown>>();

/** Whether a lazily loaded namespace is there in a language, and in Swedish, the fallback. */
export const namespaceLoaded = (language: UiLanguage, namespace: LazyNamespace): boolean =>
  lazyLoaded.has(`${language}/${namespace}`) && lazyLoaded.has(`sv/${namespace}`);

/** Downloads a lazily loaded namespace in a language (and Swedish, the fallback) once; a failed download is tried again next time. */
export function loadNamespace(language: UiLanguage, namespace: LazyNamespace): Promise<unknown> {
  return Promise.all(
    [...new Set([language, 'sv' as const])].map((bundleLanguage) => {
      const key = `${bundleLanguage}/${namespace}`;
      let pending = lazyLoading.get(key);
      if (!pending) {
        pending = (lazyBundles[`./locales/${key}.json`]?.() ?? Promise.reject(new Error(`No ${key} strings.`))).then(
          ({ default: strings }) => {
            lazyLoaded.set(key, strings);
            for (const [instanceLanguage, instance] of instances) {
              if (instanceLanguage === bundleLanguage || bundleLanguage === 'sv') instance.addResourceBundle(bundleLanguage, namespace, strings);
            }
          },
          (error: unknown) => {
            lazyLoading.delete(key);
            throw error;
          },
        );
        lazyLoading.set(key, pending);
      }
      return pending;
    }),
  );
}
