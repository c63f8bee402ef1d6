import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { useKioskStrings } from './kiosk-strings.ts';
import { Button, Dialog } from '../ui/index.ts';
import { useIdleTimer } from './use-idle-timer.ts';

export interface KioskSettings {
  enabled: boolean;
  idleMinutes: number;
  warningSeconds: number;
}

export interface KioskTimerProps {
  settings: KioskSettings;
  onEnd: () => void;
  /**
   * Shown in the warning, before the learner's things are erased: what they
   * may want to keep, such as their take-home code. The timer does not know
   * what it is; the app hands it in. Rendered only while the warning is open.
   */
  keepBeforeEnd?: ReactNode;
}

/**
 * On a shared library computer: when a learner has left, warn first (with a
 * clear way to stay, as WCAG 2.2.1 asks), then hand the computer over clean
 * by calling `onEnd`, which erases what this learner left and starts over.
 */
export function KioskTimer({ settings, onEnd, keepBeforeEnd }: KioskTimerProps) {
  useKioskStrings();
  const { t } = useTranslation();
  const idle = useIdleTimer(settings);
  const ended = useRef(false);

  useEffect(() => {
    if (idle.phase === 'expired' && !ended.current) {
      ended.current = true;
      onEnd();
    }
  }, [idle.phase, onEnd]);

  if (!settings.enabled) return null;
  // showModal() focuses the first button, "I am still here", the answer most learners want.
  return (
    <Dialog
      open={idle.phase === 'warning'}
      className="kiosk-dialog"
      title={t('kiosk.heading')}
      description={t('kiosk.text')}
      // Escape means "I am still here", not "close and let the timer run out"; so does the browser closing the warning itself.
      onCancel={idle.stillHere}
      onClose={idle.stillHere}
    >
      {idle.phase === 'warning' && keepBeforeEnd}
      <p className="kiosk-countdown">{t('kiosk.secondsLeft', { count: idle.phase === 'warning' ? idle.secondsLeft : 0 })}</p>
      <div className="kiosk-actions">
        <Button onClick={idle.stillHere}>{t('kiosk.stay')}</Button>
        <Button variant="secondary" onClick={onEnd}>
          {t('kiosk.endNow')}
        </Button>
      </div>
    </Dialog>
  );
}
