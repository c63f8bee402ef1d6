import { pageChunk } from './page-chunk.ts';

/** A lesson's done page (see chunks/lesson-done.ts): fetched when the lesson's last step shows, or when it is opened. */
export const lessonDoneChunk = pageChunk('src/app/chunks/lesson-done.ts', () => import('./chunks/lesson-done.ts'));
