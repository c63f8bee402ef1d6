/**
 * Registers the service worker that keeps Nätvana working offline, once per
 * page load, and tells whoever listens when a new version has been
 * downloaded and is waiting. The new version takes over only when the
 * learner presses "Update".
 */
export interface ServiceWorkerUpdate {
  /** Swaps to the waiting version and reloads the page. */
  apply(): void;
}

type Listener = (update: ServiceWorkerUpdate) => void;

const listeners = new Set<Listener>();
let registered = false;
let waitingUpdate: ServiceWorkerUpdate | undefined;

/**
 * Calls `listener` when a new version is waiting (at once if one already
 * is). Registers the service worker on the first call only, however often
 * the page frame that asks is drawn again (a language switch redraws it).
 * Returns a function that stops listening.
 */
export function onServiceWorkerUpdate(listener: Listener): () => void {
  listeners.add(listener);
  if (waitingUpdate) listener(waitingUpdate);
  if (!registered) {
    registered = true;
    register();
  }
  return () => listeners.delete(listener);
}

function register(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  let reloading = false;

  const offer = (waiting: ServiceWorker) => {
    waitingUpdate = {
      apply() {
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          if (reloading) return;
          reloading = true;
          window.location.reload();
        });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    };
    for (const listener of listeners) listener(waitingUpdate);
  };

  afterPageLoaded(() =>
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
    (registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // Only an update while a previous version runs the page is a new version; the first install is not.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    },
    () => undefined,
    ),
  );
}

/**
 * Runs `start` once the page has loaded and the browser is idle: the service
 * worker's first download (the whole app, for offline use) must not share a
 * slow line with what the page itself needs to show.
 */
function afterPageLoaded(start: () => void): void {
  // Safari before 18 has no requestIdleCallback; a task after the load event is the next best.
  const whenIdle = () => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => start()) : setTimeout(start, 0));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
