import { eraseStoredData } from '../storage/index.ts';

/**
 * Hands a shared computer over clean: forgets everything Nätvana kept in this
 * browser for this learner and opens the start page afresh, so the next
 * person sees nothing of the last one.
 */
export function endSharedSession(): void {
  eraseStoredData();
  window.location.assign(import.meta.env.BASE_URL);
}
