import { type ComponentType, useEffect, useState } from 'react';
import { type LazyNamespace, laterStringsLoaded, loadLaterStrings, loadNamespace, namespaceLoaded, useUiLanguage } from '../i18n/index.ts';
import type { PageChunk } from './page-chunk.ts';
import { LoadProblem } from '../page/load-problem.tsx';

/**
 * A page from a chunk kept out of the start page's download, with the later
 * strings of its language and any namespaces of its own (see i18n/index.ts). It renders at once, with no
 * Suspense fallback, once both are loaded (before hydration, so prerendered
 * HTML hydrates unchanged); pages from one chunk share the download, so
 * moving between them never shows a loading state.
 */
export function lazyPage<Module>(
  chunk: PageChunk<Module>,
  pick: (module: Module) => ComponentType,
  strings: readonly LazyNamespace[] = [],
): ComponentType {
  return function LazyPage() {
    const [failed, setFailed] = useState(false);
    const [, setArrivals] = useState(0);
    const language = useUiLanguage();
    const stringsHere = laterStringsLoaded(language) && strings.every((namespace) => namespaceLoaded(language, namespace));
    const loaded = stringsHere ? chunk.loaded() : undefined;
    useEffect(() => {
      if (loaded || failed) return;
      Promise.all([chunk.load(), loadLaterStrings(language), ...strings.map((namespace) => loadNamespace(language, namespace))]).then(
        () => setArrivals((arrivals) => arrivals + 1),
        () => setFailed(true),
      );
    }, [loaded, failed, language]);
    if (loaded) {
      const Loaded = pick(loaded);
      return <Loaded />;
    }
    return <LoadProblem what="page" state={failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' }} />;
  };
}
