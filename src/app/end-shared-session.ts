/**
 * Hands a shared computer over clean: forgets everything Nätvana kept in this
 * browser for this learner and opens the start page afresh, so the next
 * person sees nothing of the last one.
 */
export function endSharedSession(): void {
  try {
    for (const storage of [window.localStorage, window.sessionStorage]) {
      for (const key of Object.keys(storage)) {
        if (key.startsWith('natvana')) storage.removeItem(key);
      }
    }
  } catch {
    // Storage may be switched off; then there is nothing stored to erase.
  }
  window.location.assign(import.meta.env.BASE_URL);
}
