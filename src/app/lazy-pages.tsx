import { type ComponentType, useEffect, useState } from 'react';
import { type LazyNamespace, loadNamespace, namespaceLoaded, useUiLanguage } from '../i18n/index.ts';
import type { PageChunk } from './page-chunk.ts';
import { LessonLoadProblem } from './pages/lesson-load-problem.tsx';

/**
 * A page from a chunk kept out of the start page's download. It renders at
 * once, with no Suspense fallback, once the chunk is loaded (before
 * hydration, so prerendered HTML hydrates unchanged); pages from one chunk
 * share the download, so moving between them never shows a loading state.
 */
export function lazyPage<Module>(chunk: PageChunk<Module>, pick: (module: Module) => ComponentType, namespaces: readonly LazyNamespace[] = []): ComponentType {
  return function LazyPage() {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(0);
    const language = useUiLanguage();
    // Strings of the page's own (the route table's `namespaces`), when it is reached by a link inside the app.
    const strings = namespaces.every((namespace) => namespaceLoaded(language, namespace));
    const loaded = strings ? chunk.loaded() : undefined;
    useEffect(() => {
      if (loaded || failed) return;
      Promise.all([chunk.load(), ...namespaces.map((namespace) => loadNamespace(language, namespace))]).then(
        () => setReady((count) => count + 1),
        () => setFailed(true),
      );
    }, [loaded, failed, language]);
    if (loaded) {
      const Loaded = pick(loaded);
      return <Loaded />;
    }
    return <LessonLoadProblem state={failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' }} />;
  };
}
