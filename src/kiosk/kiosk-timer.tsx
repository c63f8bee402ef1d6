import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdleTimer } from './use-idle-timer.ts';

export interface KioskSettings {
  enabled: boolean;
  idleMinutes: number;
  warningSeconds: number;
}

/**
 * On a shared library computer: when a learner has left, warn first (with a
 * clear way to stay, as WCAG 2.2.1 asks), then hand the computer over clean
 * by calling `onEnd`, which erases what this learner left and starts over.
 */
export function KioskTimer({ settings, onEnd }: { settings: KioskSettings; onEnd: () => void }) {
  const { t } = useTranslation();
  const idle = useIdleTimer(settings);
  const dialog = useRef<HTMLDialogElement>(null);
  const ended = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (idle.phase === 'warning' && !element.open) element.showModal();
    if (idle.phase !== 'warning' && element.open) element.close();
    if (idle.phase === 'expired' && !ended.current) {
      ended.current = true;
      onEnd();
    }
  }, [idle.phase, onEnd]);

  if (!settings.enabled) return null;
  // showModal() focuses the first button, "I am still here", the answer most learners want.
  return (
    <dialog
      ref={dialog}
      className="kiosk-dialog"
      aria-labelledby="kiosk-heading"
      aria-describedby="kiosk-text"
      onCancel={(event) => {
        // Escape means "I am still here", not "close and let the timer run out".
        event.preventDefault();
        idle.stillHere();
      }}
    >
      <h2 id="kiosk-heading">{t('kiosk.heading')}</h2>
      <p id="kiosk-text">{t('kiosk.text')}</p>
      <p className="kiosk-countdown">{t('kiosk.secondsLeft', { count: idle.phase === 'warning' ? idle.secondsLeft : 0 })}</p>
      <div className="kiosk-actions">
        <button type="button" className="button button-primary" onClick={idle.stillHere}>
          {t('kiosk.stay')}
        </button>
        <button type="button" className="button button-secondary" onClick={onEnd}>
          {t('kiosk.endNow')}
        </button>
      </div>
    </dialog>
  );
}
