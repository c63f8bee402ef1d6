/**
 * Registers the service worker that keeps Nätvana working offline, and tells
 * the page when a new version has been downloaded and is waiting. The new
 * version takes over only when the learner presses "Update".
 */
export interface ServiceWorkerUpdate {
  /** Swaps to the waiting version and reloads the page. */
  apply(): void;
}

export function registerServiceWorker(onUpdateReady: (update: ServiceWorkerUpdate) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  let reloading = false;

  const offer = (waiting: ServiceWorker) =>
    onUpdateReady({
      apply() {
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          if (reloading) return;
          reloading = true;
          window.location.reload();
        });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });

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
  );
}
