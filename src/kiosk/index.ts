export { KioskTimer, type KioskSettings } from './kiosk-timer.tsx';
export { useIdleTimer, type IdlePhase } from './use-idle-timer.ts';
