/**
 * How a part with strings of its own (the settings panel, the instructor's
 * pages, the practice host) adds them to an i18next instance. Imported from
 * here, not through src/i18n/index.ts: only parts the start page downloads
 * later use it, so it stays out of the start page's download.
 */
import type { i18n as I18n } from 'i18next';

type Strings = Record<string, unknown>;

/**
 * A part's own strings, one file per language, as the part's
 * `import.meta.glob('…/i18n/locales/*\/<file>.json')` gives them: globbed
 * where they are used, so each file lands in that part's chunk and no other
 * page downloads it. Lazy: each file downloads when it is first asked for.
 */
export type LazyStringsFiles = Record<string, () => Promise<{ default: Strings }>>;
/** The same, already in the part's chunk (`{ eager: true, import: 'default' }`). */
export type EagerStringsFiles = Record<string, Strings>;

/** A language and Swedish, every other language's fallback. */
export const withFallback = (language: string): string[] => [...new Set([language, 'sv'])];

/** Which files each i18next instance has been given, so none is added twice. */
const given = new WeakMap<I18n, Set<string>>();

function fileOf<File>(files: Record<string, File>, namespace: string, language: string): [path: string, file: File] {
  // `…/locales/<language>/<file>.json` (the app's parts) or `…/locales/<language>.json` (a practice kind's).
  const found = Object.entries(files).find(([path]) => path.split('/').at(-2) === language || path.endsWith(`/${language}.json`));
  if (!found) throw new Error(`Nätvana has no ${namespace} strings for ${language}.`);
  return found;
}

function give(i18n: I18n, namespace: string, language: string, path: string, strings: Strings): void {
  const paths = given.get(i18n) ?? new Set<string>();
  given.set(i18n, paths);
  if (paths.has(path)) return;
  // Merged into the namespace: a part's file may add to words the first strings already hold (the settings button's).
  i18n.addResourceBundle(language, namespace, strings, true, false);
  paths.add(path);
}

const isGiven = (i18n: I18n, path: string) => given.get(i18n)?.has(path) ?? false;

/**
 * Adds a part's strings in each of `languages` to an i18next instance, in
 * `namespace`, once per instance. Safe to call while rendering: it does the
 * same on the server and in the browser.
 */
export function addStrings(i18n: I18n, namespace: string, languages: readonly string[], files: EagerStringsFiles): void {
  for (const language of languages) {
    const [path, strings] = fileOf(files, namespace, language);
    give(i18n, namespace, language, path, strings);
  }
}

/**
 * The same for files downloaded on demand: each downloads when an instance
 * first needs it (the bundler shares one download between instances), and a
 * failed download is tried afresh on the next call.
 */
export async function loadStrings(i18n: I18n, namespace: string, languages: readonly string[], files: LazyStringsFiles): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      const [path, load] = fileOf(files, namespace, language);
      if (isGiven(i18n, path)) return;
      give(i18n, namespace, language, path, (await load()).default);
    }),
  );
}
