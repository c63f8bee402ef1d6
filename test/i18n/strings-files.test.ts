import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addStrings, loadStrings, withFallback } from '../../src/i18n/strings-files.ts';

const instance = (language: string) => {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: language, fallbackLng: ['sv'], resources: { [language]: { settings: { open: 'Open' } } }, initAsync: false });
  return i18n;
};

describe('a part’s own strings', () => {
  it('are downloaded once per instance, in the language and Swedish, and merged with what the namespace holds', async () => {
    let downloads = 0;
    const files = {
      '../i18n/locales/sv/panel.json': async () => ({ default: { title: `Text och färg ${++downloads}` } }),
      '../i18n/locales/en/panel.json': async () => ({ default: { title: `Text and colour ${++downloads}` } }),
    };
    const i18n = instance('en');
    await loadStrings(i18n, 'settings', withFallback('en'), files);
    await loadStrings(i18n, 'settings', withFallback('en'), files);
    expect(downloads).toBe(2);
    expect(i18n.getResource('en', 'settings', 'title')).toBe('Text and colour 1');
    expect(i18n.getResource('en', 'settings', 'open')).toBe('Open');
    expect(i18n.getResource('sv', 'settings', 'title')).toBe('Text och färg 2');
  });

  it('try a failed download again on the next call', async () => {
    let tries = 0;
    const files = {
      '../i18n/locales/sv/panel.json': async () => {
        tries += 1;
        if (tries === 1) throw new Error('offline');
        return { default: { title: 'Text och färg' } };
      },
    };
    const i18n = instance('sv');
    await expect(loadStrings(i18n, 'settings', ['sv'], files)).rejects.toThrow('offline');
    await loadStrings(i18n, 'settings', ['sv'], files);
    expect(i18n.getResource('sv', 'settings', 'title')).toBe('Text och färg');
  });

  it('say which language is missing, and are added at once when they are in the chunk already', () => {
    const i18n = instance('ar');
    expect(() => addStrings(i18n, 'instructor', ['ar'], { '../i18n/locales/sv/instructor.json': { hub: 'Handledare' } })).toThrow(
      'Nätvana has no instructor strings for ar.',
    );
    addStrings(i18n, 'instructor', withFallback('ar'), {
      '../i18n/locales/sv/instructor.json': { hub: 'Handledare' },
      '../i18n/locales/ar/instructor.json': { hub: 'المدرب' },
    });
    expect(i18n.getResource('ar', 'instructor', 'hub')).toBe('المدرب');
    expect(i18n.getResource('sv', 'instructor', 'hub')).toBe('Handledare');
  });
});
