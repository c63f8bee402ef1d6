import { useSyncExternalStore } from 'react';
import { kioskTrial } from '../progress/index.ts';
import type { KioskSettings } from './kiosk-timer.tsx';

/**
 * Whether this computer is in kiosk mode: the library's settings say so, or
 * the address asks to try it (`?kiosk=1`, remembered for the browser session;
 * `?kiosk=0` stops trying). The shell decides with this whether to load the
 * timer at all. It reads the address and storage: call it in an effect.
 */
export function kioskModeOn(settings: KioskSettings, search: string = window.location.search): boolean {
  const trying = kioskTrial(search);
  return settings.enabled || trying;
}

let decided: boolean | undefined;
const noChanges = () => () => undefined;

/**
 * `kioskModeOn` for a component: false while prerendering and hydrating (the
 * prerendered page has no timer), then what this page load decided.
 */
export function useKioskModeOn(settings: KioskSettings): boolean {
  return useSyncExternalStore(
    noChanges,
    () => (decided ??= kioskModeOn(settings)),
    () => false,
  );
}
