import type { i18n as I18n } from 'i18next';
import type { LessonLanguage } from '../../i18n/index.ts';
import { loadStrings, withFallback } from '../../i18n/strings-files.ts';
import type { StringFiles } from './view-contract.ts';

/**
 * The practice's strings: the host's own (`host/locales/`) and each kind's
 * (`<kind>/locales/<lang>.json`, which its view lists), each a namespace
 * `practice-<name>`. They download with the practice and join the page's
 * i18next instance, so neither the start page nor a lesson step's base
 * download carries them. The practice speaks the lesson's language; Swedish,
 * the fallback, comes too.
 */
const hostFiles: StringFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json');

export function practiceNamespace(name: string): string {
  return `practice-${name}`;
}

/**
 * The files under names of their own: every kind's glob names its files
 * `./locales/<language>.json`, and the strings loader remembers a file by its name.
 */
function named(name: string, files: StringFiles): StringFiles {
  return Object.fromEntries(Object.entries(files).map(([path, load]) => [`${practiceNamespace(name)}/${path.split('/').pop() ?? path}`, load]));
}

/** A function that reads one practice namespace in one language (typed by the kind against its Swedish file). */
export type LooseT = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** Downloads the host's and the kind's strings, and gives a reader for each. */
export async function practiceStrings(i18n: I18n, kind: string, kindFiles: StringFiles, language: LessonLanguage): Promise<{ host: LooseT; kind: LooseT }> {
  await Promise.all([
    loadStrings(i18n, practiceNamespace('host'), withFallback(language), named('host', hostFiles)),
    loadStrings(i18n, practiceNamespace(kind), withFallback(language), named(kind, kindFiles)),
  ]);
  // i18next's typed getFixedT knows only the app's namespaces; a kind's keys are checked by PracticeT instead.
  const fixedT = i18n.getFixedT.bind(i18n) as unknown as (language: string, namespace: string) => (key: string, values: object) => unknown;
  const reader = (name: string): LooseT => {
    const t = fixedT(language, practiceNamespace(name));
    return (key, values) => String(t(key, values ?? {}));
  };
  return { host: reader('host'), kind: reader(kind) };
}
