import { useEffect, useRef } from 'react';
import { useAnnounce } from '../a11y/index.ts';
import { useTranslation } from '../i18n/index.ts';
import { type EagerStringsFiles, addStrings, withFallback } from '../i18n/strings-files.ts';
import { Button } from '../ui/button.tsx';
import type { ServiceWorkerUpdate } from './service-worker.ts';

// The note's words come with it, in every language: most visits never see a new version arrive.
const bundles: EagerStringsFiles = import.meta.glob('../i18n/locales/*/update.json', { eager: true, import: 'default' });

export interface UpdateNoteProps {
  update: ServiceWorkerUpdate;
  onLater(): void;
}

/**
 * A polite note at the top of the page when a new version of Nätvana is ready.
 * Nothing changes until the learner presses "Update", so a lesson never
 * changes under them. Said once to screen-reader users when it appears.
 */
export function UpdateNote({ update, onLater }: UpdateNoteProps) {
  const { t, i18n } = useTranslation();
  addStrings(i18n, 'common', withFallback(i18n.language), bundles);
  const announce = useAnnounce();
  const said = useRef<ServiceWorkerUpdate | undefined>(undefined);
  useEffect(() => {
    if (said.current === update) return;
    said.current = update;
    announce(t('update.ready'));
  }, [update, announce, t]);
  return (
    <section className="update-prompt" aria-labelledby="update-prompt-text">
      <p id="update-prompt-text">{t('update.ready')}</p>
      <div className="update-prompt-actions">
        <Button onClick={() => update.apply()}>{t('update.apply')}</Button>
        <Button variant="secondary" onClick={onLater}>
          {t('update.later')}
        </Button>
      </div>
    </section>
  );
}
