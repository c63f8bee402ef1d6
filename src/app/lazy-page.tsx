import { type ComponentType, useEffect, useState } from 'react';
import { LessonLoadProblem } from './pages/lesson-load-problem.tsx';

export interface LazyPage {
  (): React.JSX.Element;
  /** Starts the download; the prerenderer and the browser await it before rendering such a page. */
  preload(): Promise<void>;
}

/**
 * A page whose code is its own chunk, kept out of the start page's download.
 * Unlike React.lazy it renders at once, with no Suspense fallback, when the
 * code was loaded before rendering, so prerendered HTML hydrates unchanged.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let Loaded: ComponentType | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function Page() {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (Loaded || failed) return;
      preload().then(
        () => setReady(true),
        () => setFailed(true),
      );
    }, [failed]);
    if (Loaded) return <Loaded />;
    return <LessonLoadProblem state={failed ? { status: 'failed', retry: () => setFailed(false) } : { status: 'loading' }} />;
  }
  return Object.assign(Page, { preload });
}
