export { KioskTimer, type KioskSettings, type KioskTimerProps } from './kiosk-timer.tsx';
export { KioskGate } from './kiosk-gate.tsx';
export { kioskModeOn, useKioskModeOn } from './kiosk-mode.ts';
export { useIdleTimer, type IdlePhase } from './use-idle-timer.ts';
