import { useEffect, useRef } from 'react';

/**
 * A practice's clock: `onTick` once a second while `running`. It stands
 * still while the tab is hidden, so a learner who steps away to another
 * tab finds the practice where they left it. A kind pauses it by saying
 * it is not running (its own "Stoppa klockan").
 */
export function usePracticeClock(running: boolean, onTick: () => void): void {
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  });
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') tick.current();
    }, 1000);
    return () => window.clearInterval(timer);
  }, [running]);
}
