import { type ComponentType, useEffect, useState } from 'react';
import { LessonLoadProblem } from './pages/lesson-load-problem.tsx';

export interface LazyPage {
  (): React.JSX.Element;
  /** Starts the download; the prerenderer and the browser await it before rendering such a page. */
  preload(): Promise<void>;
}

/**
 * A chunk of pages kept out of the start page's download. Its pages render
 * at once, with no Suspense fallback, once the chunk is loaded (before
 * hydration, so prerendered HTML hydrates unchanged); pages from one chunk
 * share the download, so moving between them never shows a loading state.
 */
export function lazyPages<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  return {
    preload,
    page(pick: (module: Module) => ComponentType): LazyPage {
      function Page() {
        const [failed, setFailed] = useState(false);
        const [, setReady] = useState(false);
        useEffect(() => {
          if (loaded || failed) return;
          preload().then(
            () => setReady(true),
            () => setFailed(true),
          );
        }, [failed]);
        if (loaded) {
          const Loaded = pick(loaded);
          return <Loaded />;
        }
        return <LessonLoadProblem state={failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' }} />;
      }
      return Object.assign(Page, { preload });
    },
  };
}
