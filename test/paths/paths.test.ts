import { describe, expect, it } from 'vitest';
import { glossaryWordAddress, languageOfPath, pathInLanguage, paths } from '../../src/paths/index.ts';

describe('paths', () => {
  it('end every address in a slash, for a static server', () => {
    expect([
      paths.start('sv'),
      paths.module('sv', 'email'),
      paths.lessonStep('sv', 'what-is-email', 1),
      paths.lessonDone('sv', 'what-is-email'),
      paths.about('sv'),
    ]).toEqual(['/sv/', '/sv/module/email/', '/sv/lesson/what-is-email/1/', '/sv/lesson/what-is-email/done/', '/sv/about/']);
  });
});

describe('glossaryWordAddress', () => {
  it('points at the word\'s entry on the glossary page', () => {
    expect(glossaryWordAddress('en', 'link')).toBe('/en/glossary/#word-link');
  });
});

describe('languageOfPath', () => {
  it('takes the first segment when it is a language, else the library’s default language', () => {
    expect(languageOfPath('/en/about/')).toBe('en');
    expect(languageOfPath('/')).toBe('sv');
    expect(languageOfPath('/xx/')).toBe('sv');
  });
});

describe('pathInLanguage', () => {
  it('swaps the language segment and keeps the rest', () => {
    expect(pathInLanguage('/sv/lesson/what-is-email/3/', 'en')).toBe('/en/lesson/what-is-email/3/');
  });

  it('turns the root address into the start page of the language', () => {
    expect(pathInLanguage('/', 'ar')).toBe('/ar/');
  });

  it('handles a language segment with no slash after it', () => {
    expect(pathInLanguage('/en', 'sv')).toBe('/sv/');
  });

  it('does not take a longer first segment for a language', () => {
    expect(pathInLanguage('/svenska/', 'en')).toBe('/en/svenska/');
  });
});
