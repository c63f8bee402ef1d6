/**
 * What jsdom leaves out and the ui parts use. Only the tests install these;
 * Nätvana's own code relies on the browser's.
 */

const focusable = '[autofocus], button:not([disabled]), input:not([disabled]), select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

function onDialogKeyDown(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Escape') return;
  // As in browsers: Escape fires a cancelable "cancel"; the dialog closes unless it is refused.
  if (this.dispatchEvent(new Event('cancel', { cancelable: true }))) this.close();
}

/**
 * jsdom has `<dialog>` and its `open` attribute but not `showModal()` or
 * `close()`. This adds the little of them the tests rely on: opening focuses
 * the first control (or the one with autofocus), Escape fires "cancel", and
 * closing fires "close". It keeps no focus inside and makes nothing inert.
 */
export function installDialogPolyfill(): void {
  const dialog = HTMLDialogElement.prototype;
  if (typeof dialog.showModal === 'function') return;
  dialog.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) return;
    this.setAttribute('open', '');
    this.addEventListener('keydown', onDialogKeyDown);
    this.querySelector<HTMLElement>(focusable)?.focus();
  };
  dialog.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', onDialogKeyDown);
    this.dispatchEvent(new Event('close'));
  };
}

/** jsdom does no layout, so it has no `scrollIntoView()`; this one does nothing. */
export function installScrollIntoView(): void {
  if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;
}
