import { useEffect, useRef, useState } from 'react';

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/**
 * Watches for a learner who has walked away. After `idleMinutes` with no key,
 * click, touch or scroll it enters "warning" and counts down `warningSeconds`;
 * any activity before the end (or `stillHere`) starts over.
 */
export function useIdleTimer({ enabled, idleMinutes, warningSeconds }: { enabled: boolean; idleMinutes: number; warningSeconds: number }) {
  const [state, setState] = useState<IdlePhase>({ phase: 'active' });
  const lastActivity = useRef(0);
  const warningShown = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      // While the warning is open only its own buttons count, so a stray key press does not hide it unread.
      if (!warningShown.current) lastActivity.current = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const tick = window.setInterval(() => {
      const idleSeconds = (Date.now() - lastActivity.current) / 1000;
      const warnAt = idleMinutes * 60;
      if (idleSeconds < warnAt) return;
      const secondsLeft = Math.max(0, Math.ceil(warnAt + warningSeconds - idleSeconds));
      warningShown.current = secondsLeft > 0;
      setState(secondsLeft > 0 ? { phase: 'warning', secondsLeft } : { phase: 'expired' });
    }, 1000);
    return () => {
      window.clearInterval(tick);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, idleMinutes, warningSeconds]);

  const stillHere = () => {
    warningShown.current = false;
    lastActivity.current = Date.now();
    setState({ phase: 'active' });
  };

  return { ...state, stillHere };
}
