/**
 * Whether an answer for a file under `assets/` can be that file. A host set up
 * as a single-page app answers a missing file with `index.html` and status
 * 200, and a filter's block page does the same: kept, such an answer would be
 * the lesson's file from then on, and the lesson would never open. Nothing
 * under `assets/` is HTML; a script must be JavaScript and a stylesheet CSS,
 * as browsers refuse them otherwise.
 *
 * Self-contained on purpose: the build copies its source into the service
 * worker (scripts/service-worker.ts), so it may use nothing from outside.
 */
export function answerFitsFile(pathname: string, contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return false;
  const extension = /\.([a-z0-9]+)$/.exec(pathname.toLowerCase())?.[1] ?? '';
  if (extension === 'js' || extension === 'mjs') return ['text/javascript', 'application/javascript', 'application/x-javascript'].includes(type);
  if (extension === 'css') return type === 'text/css';
  return true;
}
