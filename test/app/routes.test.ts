import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import { languageChunkSource, lazyNamespaces, namespaceChunkSource, uiLanguages } from '../../src/i18n/index.ts';
import { allAddresses, pagesOfRoute } from '../../src/app/route-addresses.ts';
import { matchRoute, needsOfPath, routeNames, routeTable } from '../../src/app/routes.ts';
import { lessonPagesChunk } from '../../src/app/lesson-pages-chunk.ts';
import { lessonDoneChunk } from '../../src/app/lesson-done-chunk.ts';
import { otherPagesChunk } from '../../src/app/other-pages-chunk.ts';
import { paths } from '../../src/paths/index.ts';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const [firstLesson] = lessonIndex.lessons.sv;
if (!firstLesson) throw new Error('The lessons have no Swedish lesson.');

describe('the route table', () => {
  it('finds, for every address it builds, the route that built it', () => {
    for (const name of routeNames) {
      const address = routeTable[name].address as (language: 'sv', ...args: unknown[]) => string;
      for (const args of pagesOfRoute[name]('sv') as unknown[][]) expect(matchRoute(address('sv', ...args))?.name, name).toBe(name);
    }
  });

  it('takes "done" for the done page, not for a step', () => {
    expect(matchRoute('/sv/lesson/what-is-email/done/')).toMatchObject({ name: 'lessonDone', params: { lessonId: 'what-is-email' } });
    expect(matchRoute('/sv/lesson/what-is-email/3/')).toMatchObject({ name: 'lessonStep', params: { lessonId: 'what-is-email', step: '3' } });
  });

  it('shows the start page at the root, and knows no address outside the table', () => {
    expect(matchRoute('/')).toMatchObject({ name: 'start' });
    expect(matchRoute('/sv/no-such-page/')).toBeUndefined();
    expect(matchRoute('/xx/about/')).toBeUndefined();
  });

  it('lists every page once, in every language, with a step page per step and the root first', () => {
    const addresses = allAddresses(uiLanguages);
    expect(addresses[0]).toBe('/');
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const language of uiLanguages) {
      expect(addresses).toContain(paths.about(language));
      expect(addresses).toContain(paths.lessonStep(language, firstLesson.id, firstLesson.stepCount));
      expect(addresses).not.toContain(paths.lessonStep(language, firstLesson.id, firstLesson.stepCount + 1));
    }
  });

  it('says a lesson step needs the lesson pages’ chunk and its lesson, a done page its own chunk and its lesson, another page its chunk and strings; the start page needs neither', () => {
    expect(needsOfPath(paths.lessonStep('en', firstLesson.id, 1))).toEqual({ language: 'en', chunk: lessonPagesChunk, lessonId: firstLesson.id });
    expect(needsOfPath(paths.lessonDone('ar', firstLesson.id))).toEqual({ language: 'ar', chunk: lessonDoneChunk, lessonId: firstLesson.id });
    expect(needsOfPath(paths.about('sv'))).toEqual({ language: 'sv', chunk: otherPagesChunk, strings: ['pages'] });
    expect(needsOfPath(paths.takeHome('sv'))).toEqual({ language: 'sv', chunk: otherPagesChunk, strings: ['transfer'] });
    expect(needsOfPath(paths.start('sv'))).toEqual({ language: 'sv' });
  });

  it('names chunks by files that exist, so the prerenderer can find them in the build', () => {
    for (const chunk of [lessonPagesChunk, lessonDoneChunk, otherPagesChunk]) expect(existsSync(`${projectRoot}/${chunk.source}`), chunk.source).toBe(true);
    for (const language of uiLanguages) {
      for (const namespace of lazyNamespaces) expect(existsSync(`${projectRoot}/${namespaceChunkSource(language, namespace)}`), namespace).toBe(true);
    }
    for (const language of uiLanguages) expect(existsSync(`${projectRoot}/${languageChunkSource(language)}`), language).toBe(true);
  });
});

