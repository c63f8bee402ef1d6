import { useSyncExternalStore } from 'react';
import { type KioskTrial, kioskTrial } from '../progress/index.ts';
import type { KioskSettings } from './kiosk-timer.tsx';

/**
 * Whether this computer is in kiosk mode: `on` when the library's settings say
 * so or the address asks to try it (`?kiosk=1`, remembered for the browser
 * session; `?kiosk=0` stops trying), `ask` when the address asks where this
 * browser already holds someone's things, so the learner decides. The shell
 * decides with this whether to load the timer at all. It reads the address
 * and storage: call it in an effect.
 */
export function kioskMode(settings: KioskSettings, search: string = window.location.search): KioskTrial {
  const trying = kioskTrial(search);
  return settings.enabled ? 'on' : trying;
}

export const kioskModeOn = (settings: KioskSettings, search?: string): boolean => kioskMode(settings, search) === 'on';

let decided: KioskTrial | undefined;
const noChanges = () => () => undefined;

/**
 * `kioskMode` for a component: off while prerendering and hydrating (the
 * prerendered page has no timer), then what this page load decided.
 */
export function useKioskMode(settings: KioskSettings): KioskTrial {
  return useSyncExternalStore(
    noChanges,
    () => (decided ??= kioskMode(settings)),
    () => 'off',
  );
}
