import { pageChunk } from './page-chunk.ts';

/**
 * A lesson's steps, in one chunk loaded when a lesson is opened
 * (see chunks/lesson-pages.ts). They read the lesson alone, not the index of
 * the course, so opening a lesson costs the same however many lessons there are.
 * Each chunk is a file of its own, so a page that loads another chunk (a lesson
 * step loading the instructor's notes) imports no route table and makes no cycle.
 */
export const lessonPagesChunk = pageChunk('src/app/chunks/lesson-pages.ts', () => import('./chunks/lesson-pages.ts'));
