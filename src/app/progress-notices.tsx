import { useCallback, useEffect, useRef, useState } from 'react';
import { loadNamespace, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type EagerStringsFiles, addStrings, withFallback } from '../i18n/strings-files.ts';
import { useAnnounce } from '../a11y/index.ts';
import { type ProgressNotice, useProgress, useProgressStore } from '../progress/index.ts';
import { Button } from '../ui/button.tsx';

// The notes' words come with this chunk, in every language: most pages never show one.
const bundles: EagerStringsFiles = import.meta.glob('../i18n/locales/*/progress-notices.json', { eager: true, import: 'default' });

/**
 * Calm notes at the top of the page when progress could not be read (it was
 * put aside) or cannot be kept on this computer. Not modal: the page works
 * as usual around them. Each is said once to screen-reader users, politely,
 * when it appears, and stays until the learner dismisses it.
 */
export function ProgressNotices() {
  const { t, i18n } = useTranslation();
  addStrings(i18n, 'common', withFallback(i18n.language), bundles);
  const { t: tTransfer } = useTranslation('transfer');
  const language = useUiLanguage();
  const progress = useProgressStore();
  const { notices: all } = useProgress(progress);
  // The rarest note, progress from a newer version, has its words with the take-home strings: they download when it shows.
  const [transferHere, setTransferHere] = useState(false);
  const newer = all.includes('newerVersion');
  useEffect(() => {
    let current = true;
    if (!newer) return;
    // Downloaded once; after that it resolves at once.
    void loadNamespace(language, 'transfer').then(
      () => current && setTransferHere(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [newer, language]);
  const notices = transferHere ? all : all.filter((notice) => notice !== 'newerVersion');
  const text = useCallback(
    (notice: ProgressNotice) => (notice === 'newerVersion' ? tTransfer('newerVersion') : t(`progressNotice.${notice}`)),
    [t, tTransfer],
  );
  const announce = useAnnounce();
  const said = useRef(new Set<ProgressNotice>());

  useEffect(() => {
    for (const notice of notices) {
      if (said.current.has(notice)) continue;
      said.current.add(notice);
      announce(text(notice));
    }
  }, [notices, announce, text]);

  if (notices.length === 0) return null;
  const dismiss = (notice: ProgressNotice) => {
    progress.dismissNotice(notice);
    // The button goes away with its note: focus goes to the start of the page's content, not lost to the body.
    document.getElementById('main')?.focus();
  };
  return (
    <div className="progress-notices">
      {notices.map((notice) => (
        <section key={notice} className="progress-notice" aria-labelledby={`progress-notice-${notice}`}>
          <p id={`progress-notice-${notice}`}>{text(notice)}</p>
          <Button variant="secondary" aria-describedby={`progress-notice-${notice}`} onClick={() => dismiss(notice)}>
            {t('progressNotice.dismiss')}
          </Button>
        </section>
      ))}
    </div>
  );
}
