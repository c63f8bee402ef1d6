import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { useAnnounce } from '../a11y/index.ts';
import { Button } from '../ui/button.tsx';
import { onServiceWorkerUpdate, type ServiceWorkerUpdate } from './service-worker.ts';

/**
 * A polite note at the top of the page when a new version of Nätvana is ready.
 * Nothing changes until the learner presses "Update", so a lesson never
 * changes under them.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [update, setUpdate] = useState<ServiceWorkerUpdate | undefined>(undefined);
  const [dismissed, setDismissed] = useState<ServiceWorkerUpdate | undefined>(undefined);
  // Said once, when the update arrives: the words are read then, in the page's language at that moment.
  const announceReady = useRef(() => announce(t('update.ready')));
  useEffect(() => {
    announceReady.current = () => announce(t('update.ready'));
  }, [announce, t]);

  useEffect(() => {
    if (!import.meta.env.PROD) return;
    return onServiceWorkerUpdate((ready) => {
      setUpdate(ready);
      announceReady.current();
    });
  }, []);

  if (!update || update === dismissed) return null;
  return (
    <section className="update-prompt" aria-labelledby="update-prompt-text">
      <p id="update-prompt-text">{t('update.ready')}</p>
      <div className="update-prompt-actions">
        <Button onClick={() => update.apply()}>{t('update.apply')}</Button>
        <Button variant="secondary" onClick={() => setDismissed(update)}>
          {t('update.later')}
        </Button>
      </div>
    </section>
  );
}
