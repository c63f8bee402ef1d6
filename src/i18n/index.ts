import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { loadOncePerKey } from '../loading/index.ts';
import { type UiLanguage, uiLanguages } from './languages.ts';

export * from './languages.ts';
export { UiLanguageContext, useUiLanguage, useUiTextAttributes } from './language-context.tsx';
export { TranslationProvider, useTranslation } from './translation-context.tsx';

/**
 * The strings come in parts per language. The first namespaces are what the
 * start page and the frame of every page say, in the start page's download;
 * the later ones arrive with the first page beyond the start page; a lazy
 * namespace arrives only with the pages and dialogs that use it. So neither
 * the start page's download nor a lesson's grows as features add words.
 */
export const firstNamespaces = ['common', 'settings', 'sitePages'] as const;
export const laterNamespaces = ['player', 'speech'] as const;
/** Namespaces with a file of their own per language, downloaded with the pages and dialogs that use them (see `loadNamespace`). */
export const lazyNamespaces = ['offline', 'pages', 'transfer'] as const;
export type LazyNamespace = (typeof lazyNamespaces)[number];
export const namespaces = [...firstNamespaces, ...laterNamespaces, ...lazyNamespaces] as const;
type Namespace = (typeof namespaces)[number];
type Strings = Partial<Record<Namespace, Record<string, unknown>>>;

/** Each language's strings are small chunks of their own: a page downloads only the language it is shown in. */
const firstBundles = import.meta.glob<{ default: Strings }>('./locales/*/index.ts');
const laterBundles = import.meta.glob<{ default: Strings }>('./locales/*/later.ts');

/** The file a language's first strings are built from, as the build's manifest names its chunk (see scripts/prerender.ts). */
export function languageChunkSource(language: UiLanguage): string {
  return `src/i18n/locales/${language}/index.ts`;
}

/** The file a language's later strings are built from, as the build's manifest names its chunk. */
export function laterStringsChunkSource(language: UiLanguage): string {
  return `src/i18n/locales/${language}/later.ts`;
}

const loaded = new Map<UiLanguage, Strings>();
const laterLoaded = new Set<UiLanguage>();
const instances = new Map<UiLanguage, I18n>();

/** Downloads a bundle of strings; a language with none is a mistake in the code, said plainly. */
const download = (load: (() => Promise<{ default: Strings }>) | undefined, what: string): Promise<Strings> =>
  load ? load().then((bundle) => bundle.default) : Promise.reject(new Error(`Nätvana has no strings for ${what}.`));

/** Each language's first strings, downloaded once: later calls share the download, and a failed one is tried afresh. */
const firstStrings = loadOncePerKey((language: UiLanguage) =>
  download(firstBundles[`./locales/${language}/index.ts`], language).then((strings) => {
    loaded.set(language, { ...strings, ...loaded.get(language) });
  }),
);

/** Each language's later strings, the same way, added to every instance that shows them. */
const laterStrings = loadOncePerKey((language: UiLanguage) =>
  download(laterBundles[`./locales/${language}/later.ts`], `${language}/later`).then((strings) => {
    loaded.set(language, { ...loaded.get(language), ...strings });
    const addTo = (instance: I18n | undefined) => {
      for (const [namespace, bundle] of Object.entries(strings)) instance?.addResourceBundle(language, namespace, bundle, true, true);
    };
    addTo(instances.get(language));
    // Swedish is every other language's fallback: its instance has a copy to add to.
    if (language === 'sv') for (const [other, instance] of instances) if (other !== 'sv') addTo(instance);
    laterLoaded.add(language);
  }),
);

/** Downloads a language's first strings (the `common` namespace): enough for the start page and every page's frame. */
export function loadLanguage(language: UiLanguage): Promise<void> {
  if (loaded.has(language)) return Promise.resolve();
  return firstStrings.load(language);
}

/** Downloads a language's later strings (the `laterNamespaces`), for the pages and features beyond the start page. */
export function loadLaterStrings(language: UiLanguage): Promise<void> {
  if (laterLoaded.has(language)) return Promise.resolve();
  return Promise.all([loadLanguage(language), laterStrings.load(language)]).then(() => undefined);
}

/** Whether a language's later strings are here, so a page that needs them can render at once. */
export function laterStringsLoaded(language: UiLanguage): boolean {
  return laterLoaded.has(language);
}

/**
 * One i18next instance per language, created once its strings are loaded.
 * The address decides the language, so each page renders in its own language
 * on the server and in the browser alike, with no shared global switched
 * during render. Swedish is the fallback for a string missing elsewhere.
 */
export function i18nFor(language: UiLanguage): I18n | undefined {
  const strings = loaded.get(language);
  // Not before the first strings: an instance made from the later ones alone would lack the page's frame.
  if (!strings?.common) return undefined;
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
const lazyBundles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/{offline,pages,transfer}.json');
/** By `<language>/<namespace>`: its strings, once they are there. */
const lazyLoaded = new Map<string, Record<string, unknown>>();
/** By `<language>/<namespace>`: the download, once, adding the strings to every instance that shows them. */
const lazyFiles = loadOncePerKey((key: string) =>
  (lazyBundles[`./locales/${key}.json`]?.() ?? Promise.reject(new Error(`No ${key} strings.`))).then(({ default: strings }) => {
    const [bundleLanguage, namespace] = key.split('/') as [UiLanguage, LazyNamespace];
    lazyLoaded.set(key, strings);
    for (const [instanceLanguage, instance] of instances) {
      if (instanceLanguage === bundleLanguage || bundleLanguage === 'sv') instance.addResourceBundle(bundleLanguage, namespace, strings);
    }
  }),
);

/** The file a lazily loaded namespace is built from in a language, as the build's manifest names its chunk. */
export function namespaceChunkSource(language: UiLanguage, namespace: LazyNamespace): string {
  return `src/i18n/locales/${language}/${namespace}.json`;
}

/** Whether a lazily loaded namespace is there in a language, and in Swedish, the fallback. */
export const namespaceLoaded = (language: UiLanguage, namespace: LazyNamespace): boolean =>
  lazyLoaded.has(`${language}/${namespace}`) && lazyLoaded.has(`sv/${namespace}`);

/** Downloads a lazily loaded namespace in a language (and Swedish, the fallback) once; a failed download is tried again next time. */
export function loadNamespace(language: UiLanguage, namespace: LazyNamespace): Promise<unknown> {
  return Promise.all([...new Set([language, 'sv' as const])].map((bundleLanguage) => lazyFiles.load(`${bundleLanguage}/${namespace}`)));
}
