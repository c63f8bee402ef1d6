import { type ComponentType, useEffect, useState } from 'react';
import type { PageChunk } from './page-chunk.ts';
import { LessonLoadProblem } from './pages/lesson-load-problem.tsx';

/**
 * A page from a chunk kept out of the start page's download. It renders at
 * once, with no Suspense fallback, once the chunk is loaded (before
 * hydration, so prerendered HTML hydrates unchanged); pages from one chunk
 * share the download, so moving between them never shows a loading state.
 */
export function lazyPage<Module>(chunk: PageChunk<Module>, pick: (module: Module) => ComponentType): ComponentType {
  return function LazyPage() {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    const loaded = chunk.loaded();
    useEffect(() => {
      if (loaded || failed) return;
      chunk.load().then(
        () => setReady(true),
        () => setFailed(true),
      );
    }, [loaded, failed]);
    if (loaded) {
      const Loaded = pick(loaded);
      return <Loaded />;
    }
    return <LessonLoadProblem state={failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' }} />;
  };
}
