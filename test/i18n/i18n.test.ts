import { describe, expect, it } from 'vitest';
import { firstNamespaces, i18nFor, laterStringsLoaded, loadLanguage, loadLaterStrings, textDirection, uiLanguages } from '../../src/i18n/index.ts';
import type { UiLanguage } from '../../src/i18n/index.ts';

/** Every strings file, by language and file name: a file added later is checked with no change here. */
const files = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*/*.json', { eager: true, import: 'default' });
const fileNames = [...new Set(Object.keys(files).map((path) => path.split('/').pop() ?? ''))].sort();
const strings = Object.fromEntries(
  uiLanguages.map((language) => [language, Object.fromEntries(fileNames.map((name) => [name, files[`../../src/i18n/locales/${language}/${name}`]]))]),
) as Record<UiLanguage, Record<string, unknown>>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every key of a strings file, nested keys joined with dots. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('loading a language', () => {
  // Runs first: nothing in this file has loaded Arabic yet.
  it('gives no i18next instance before the language’s strings are loaded', () => {
    expect(i18nFor('ar')).toBeUndefined();
  });

  it('gives an instance in that language once loaded', async () => {
    await loadLanguage('ar');
    expect(i18nFor('ar')?.language).toBe('ar');
    expect(i18nFor('ar')?.t('nav.start')).toBe('البداية');
  });

  it('adds the later strings to the instance made before they came', async () => {
    await loadLanguage('ar');
    const instance = i18nFor('ar');
    expect(laterStringsLoaded('ar')).toBe(false);
    expect(instance?.t('player:step.next')).toBe('step.next');
    await loadLaterStrings('ar');
    expect(laterStringsLoaded('ar')).toBe(true);
    expect(i18nFor('ar')).toBe(instance);
    expect(instance?.t('player:step.next')).toBe('التالي');
  });

  it('keeps the later strings out of the first download, which the start page waits for', async () => {
    const first = await import('../../src/i18n/locales/sv/index.ts');
    expect(Object.keys(first.default)).toEqual([...firstNamespaces]);
  });

  it('shares one download between calls made at the same time', async () => {
    const first = loadLanguage('en');
    const second = loadLanguage('en');
    expect(second).toBe(first);
    await first;
  });

  it('gives the same instance for a language every time', async () => {
    await loadLanguage('sv');
    expect(i18nFor('sv')).toBe(i18nFor('sv'));
  });

  it('fills in values without HTML escaping, since React escapes them', async () => {
    await loadLaterStrings('sv');
    expect(i18nFor('sv')?.t('player:done.title', { lesson: 'Vad är <e-post>?' })).toBe('Klar: Vad är <e-post>?');
  });

  it('counts steps in the language’s words', async () => {
    await loadLaterStrings('en');
    expect(i18nFor('en')?.t('player:step.count', { current: 2, total: 8 })).toBe('Step 2 of 8');
  });
});

describe('the strings', () => {
  it.each(['en', 'ar'] as const)('of %s have every string the Swedish ones have, and no others', (language) => {
    for (const namespace of fileNames) {
      expect(strings[language][namespace], `${language}/${namespace}`).toBeDefined();
      const base = (keys: string[]) => [...new Set(keys.map((key) => key.replace(pluralSuffix, '')))].sort();
      expect(base(keysOf(strings[language][namespace])), `${language}/${namespace}`).toEqual(
        base(keysOf(strings.sv[namespace])),
      );
    }
  });

  it.each(uiLanguages)('of %s have every plural form the language needs', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const namespace of fileNames) {
      const keys = keysOf(strings[language][namespace]);
      const plurals = new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
      for (const plural of plurals) {
        for (const category of categories) expect(keys, `${language}/${namespace}`).toContain(`${plural}_${category}`);
      }
    }
  });

  it('use the Arabic plural forms, not the Swedish fallback, for 3 lessons', async () => {
    await loadLanguage('ar');
    expect(i18nFor('ar')?.t('start.lessonCount', { count: 3 })).toBe('3 دروس');
  });
});

describe('text direction', () => {
  it('is right to left for Arabic only', () => {
    expect(uiLanguages.map((language) => textDirection(language))).toEqual(['ltr', 'ltr', 'rtl']);
  });
});
