import { loadLessonIndex } from '../content/index.ts';
import { pageChunk } from './page-chunk.ts';

/** Every other page but the start page, in one chunk loaded when one of them is opened (see pages/other-pages.ts), with the lesson index they read. */
export const otherPagesChunk = pageChunk(
  'src/app/pages/other-pages.ts',
  () => Promise.all([import('./pages/other-pages.ts'), loadLessonIndex()]).then(([pages]) => pages),
  { withLessonIndex: true },
);
