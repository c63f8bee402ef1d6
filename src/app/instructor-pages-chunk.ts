import { loadLessonIndex } from '../content/index.ts';
import { pageChunk } from './page-chunk.ts';

/** The instructor tools' pages (chunks/instructor-pages.ts): their own chunk, which a learner's lesson step never downloads, with the lesson index they read. */
export const instructorPagesChunk = pageChunk(
  'src/app/chunks/instructor-pages.ts',
  () => Promise.all([import('./chunks/instructor-pages.ts'), loadLessonIndex()]).then(([pages]) => pages),
  { withLessonIndex: true },
);
