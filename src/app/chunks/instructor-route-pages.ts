import { lazyPage } from '../lazy-pages.tsx';
import { instructorPagesChunk } from '../instructor-pages-chunk.ts';

/** The instructor tools' routes, whose pages come from their own chunk (see instructor-pages.ts). */
export const instructorRoutePages = {
  instructor: lazyPage(instructorPagesChunk, (pages) => pages.InstructorPages),
  presenter: lazyPage(instructorPagesChunk, (pages) => pages.PresenterPage),
};
