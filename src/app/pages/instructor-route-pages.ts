import { lazyPage } from '../lazy-pages.tsx';
import { instructorPagesChunk } from '../routes.ts';

/** The instructor tools' one route, whose pages come from their own chunk (see instructor-pages.ts). */
export const instructorRoutePages = {
  instructor: lazyPage(instructorPagesChunk, (pages) => pages.InstructorPages),
};
