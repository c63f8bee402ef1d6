import { loadOnce } from '../loading/index.ts';

/**
 * A chunk of pages kept out of the start page's download. `source` is the
 * file the chunk is built from, as the build's manifest names it: the
 * prerenderer looks it up to tell each page which files to fetch, and stops
 * the build if it is missing, so a renamed file can never silently lose its
 * preloading. `load` shares one download between all callers, and forgets a
 * failed one, so "Try again" downloads it afresh.
 */
export interface PageChunk<Module> {
  readonly source: string;
  load(): Promise<Module>;
  /** The chunk once it has loaded, so its pages render at once, with no loading state. */
  loaded(): Module | undefined;
  /** Whether the chunk's pages read the lesson index, so the prerenderer lists its chunk with theirs. */
  readonly withLessonIndex: boolean;
}

export function pageChunk<Module>(source: string, importChunk: () => Promise<Module>, options: { withLessonIndex?: boolean } = {}): PageChunk<Module> {
  const chunk = loadOnce(importChunk);
  return { source, withLessonIndex: options.withLessonIndex ?? false, load: chunk.load, loaded: chunk.loaded };
}
