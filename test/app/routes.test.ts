import { describe, expect, it } from 'vitest';
import { lessonOfPath, pathInLanguage, paths } from '../../src/app/routes.ts';

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

describe('lessonOfPath', () => {
  it('finds the lesson of a step page and of a done page', () => {
    expect(lessonOfPath('/sv/lesson/what-is-email/3/')).toEqual({ lessonId: 'what-is-email', done: false });
    expect(lessonOfPath('/ar/lesson/what-is-email/done/')).toEqual({ lessonId: 'what-is-email', done: true });
  });

  it('finds no lesson on other pages', () => {
    expect(lessonOfPath('/sv/module/email/')).toBeUndefined();
    expect(lessonOfPath('/')).toBeUndefined();
  });
});
