import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadNamespace, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { kioskTrialKey, safeStorage } from '../storage/index.ts';
import { Button, Dialog } from '../ui/index.ts';
import { KioskTimer, type KioskTimerProps } from './kiosk-timer.tsx';

/**
 * Kiosk mode as the shell gets it: the timer, or first a question when kiosk
 * mode came from an address (`?kiosk=1`, `fromAddress`) to a browser that
 * already holds someone's things (`kioskTrial` then leaves it unremembered).
 * A link can be sent to anyone; only the person at the computer can say it is
 * a shared one. "No" keeps everything, and the link does not ask again in
 * this session. The library's own setting never asks.
 */
export function KioskGate({ fromAddress, ...timer }: KioskTimerProps & { fromAddress: boolean }) {
  // Only ever rendered in the browser, after hydration (the shell decides kiosk mode there), like kioskModeOn.
  const saidYes = useSyncExternalStore(noChanges, () => safeStorage('session').read(kioskTrialKey) === '1', () => false);
  const [answer, setAnswer] = useState<'yes' | 'no' | undefined>(undefined);
  if (!fromAddress || saidYes || answer === 'yes') return <KioskTimer {...timer} />;
  if (answer === 'no') return null;
  return (
    <KioskQuestion
      idleMinutes={timer.settings.idleMinutes}
      onAnswer={(yes) => {
        // Kept for the browser session, as `?kiosk=1` itself is: '0' is a no that the link does not ask again.
        safeStorage('session').write(kioskTrialKey, yes ? '1' : '0');
        setAnswer(yes ? 'yes' : 'no');
      }}
    />
  );
}

const noChanges = () => () => undefined;

function KioskQuestion({ idleMinutes, onAnswer }: { idleMinutes: number; onAnswer: (yes: boolean) => void }) {
  const language = useUiLanguage();
  const { t } = useTranslation('transfer');
  const [stringsHere, setStringsHere] = useState(false);
  useEffect(() => {
    let current = true;
    // Downloaded once; after that it resolves at once.
    void loadNamespace(language, 'transfer').then(
      () => current && setStringsHere(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);
  if (!stringsHere) return null;
  // Escape and the browser closing it mean "no": nothing is erased unless the learner says yes.
  return (
    <Dialog
      open
      className="kiosk-dialog"
      title={t('kioskQuestion.heading')}
      description={t('kioskQuestion.text', { minutes: idleMinutes })}
      onClose={() => onAnswer(false)}
    >
      <div className="kiosk-actions">
        <Button onClick={() => onAnswer(false)}>{t('kioskQuestion.no')}</Button>
        <Button variant="secondary" onClick={() => onAnswer(true)}>
          {t('kioskQuestion.yes')}
        </Button>
      </div>
    </Dialog>
  );
}
