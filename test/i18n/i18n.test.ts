import { describe, expect, it } from 'vitest';
import { i18nFor, loadLanguage, namespaces, textDirection, uiLanguages } from '../../src/i18n/index.ts';
import arCommon from '../../src/i18n/locales/ar/common.json';
import arPages from '../../src/i18n/locales/ar/pages.json';
import arPlayer from '../../src/i18n/locales/ar/player.json';
import arSitePages from '../../src/i18n/locales/ar/site-pages.json';
import enCommon from '../../src/i18n/locales/en/common.json';
import enPages from '../../src/i18n/locales/en/pages.json';
import enPlayer from '../../src/i18n/locales/en/player.json';
import enSitePages from '../../src/i18n/locales/en/site-pages.json';
import svCommon from '../../src/i18n/locales/sv/common.json';
import svPages from '../../src/i18n/locales/sv/pages.json';
import svPlayer from '../../src/i18n/locales/sv/player.json';
import svSitePages from '../../src/i18n/locales/sv/site-pages.json';

const strings = {
  sv: { common: svCommon, player: svPlayer, pages: svPages, sitePages: svSitePages },
  en: { common: enCommon, player: enPlayer, pages: enPages, sitePages: enSitePages },
  ar: { common: arCommon, player: arPlayer, pages: arPages, sitePages: arSitePages },
} as const;

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
    expect(i18nFor('ar')?.t('player:step.next')).toBe('التالي');
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
    await loadLanguage('sv');
    expect(i18nFor('sv')?.t('pages:done.title', { lesson: 'Vad är <e-post>?' })).toBe('Klar: Vad är <e-post>?');
  });

  it('counts steps in the language’s words', async () => {
    await loadLanguage('en');
    expect(i18nFor('en')?.t('player:step.count', { current: 2, total: 8 })).toBe('Step 2 of 8');
  });
});

describe('the strings', () => {
  it.each(['en', 'ar'] as const)('of %s have every string the Swedish ones have, and no others', (language) => {
    for (const namespace of namespaces) {
      const base = (keys: string[]) => [...new Set(keys.map((key) => key.replace(pluralSuffix, '')))].sort();
      expect(base(keysOf(strings[language][namespace])), `${language}/${namespace}.json`).toEqual(
        base(keysOf(strings.sv[namespace])),
      );
    }
  });

  it.each(uiLanguages)('of %s have every plural form the language needs', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const namespace of namespaces) {
      const keys = keysOf(strings[language][namespace]);
      const plurals = new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
      for (const plural of plurals) {
        for (const category of categories) expect(keys, `${language}/${namespace}.json`).toContain(`${plural}_${category}`);
      }
    }
  });

  it('use the Arabic plural forms, not the Swedish fallback, for 3 lessons', async () => {
    await loadLanguage('ar');
    expect(i18nFor('ar')?.t('pages:start.lessonCount', { count: 3 })).toBe('3 دروس');
  });
});

describe('text direction', () => {
  it('is right to left for Arabic only', () => {
    expect(uiLanguages.map((language) => textDirection(language))).toEqual(['ltr', 'ltr', 'rtl']);
  });
});
