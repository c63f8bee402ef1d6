import { loadLessonIndex } from '../content/index.ts';
import { pageChunk } from './page-chunk.ts';

/** Every other page but the start page, in one chunk loaded when one of them is opened (see chunks/other-pages.ts), with the lesson index they read. */
export const otherPagesChunk = pageChunk(
  'src/app/chunks/other-pages.ts',
  () => Promise.all([import('./chunks/other-pages.ts'), loadLessonIndex()]).then(([pages]) => pages),
  { withLessonIndex: true },
);
