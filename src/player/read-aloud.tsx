import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/index.ts';
import type { LessonLanguage } from '../i18n/index.ts';
import { useUiTextAttributes } from '../i18n/index.ts';
import { Button } from '../ui/index.ts';
import type { ReadAloudPanel } from './read-aloud/read-aloud-panel.tsx';
import type { createReader } from './read-aloud/reader.ts';
import { type LanguageVoices, speech, type VoiceCheck, voicesFor, watchVoices } from './read-aloud/voices.ts';

interface Reading {
  createReader: typeof createReader;
  Panel: typeof ReadAloudPanel;
}

// The reader and its panel are downloaded only when the learner presses Read aloud, so a lesson
// step carries the button alone. The reader is plain code with no React.
const loadReading = (): Promise<Reading> =>
  Promise.all([import('./read-aloud/reader.ts'), import('./read-aloud/read-aloud-panel.tsx')]).then(([reader, panel]) => ({
    createReader: reader.createReader,
    Panel: panel.ReadAloudPanel,
  }));

/**
 * The Read aloud button of a lesson step. Where the browser has no voice for
 * the lesson's language it says so instead, on the button, and why, to a
 * screen reader at once and on screen once the button is pressed. Rendered with the step's id as
 * its key, so moving to another step ends the reading.
 */
export function ReadAloud({ language, root }: { language: LessonLanguage; root: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('speech');
  const ui = useUiTextAttributes();
  const [voices, setVoices] = useState<VoiceCheck>('unknown');
  const [reading, setReading] = useState<Reading | undefined>(undefined);
  const [open, setOpen] = useState<LanguageVoices | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Why there is no reading, shown once the learner asks: shown as soon as the browser tells, seconds after the page,
  // it would push the step down under a learner who is reading or aiming at something.
  const [whyShown, setWhyShown] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const whyId = useId();

  useEffect(() => watchVoices(language, setVoices), [language]);

  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [open]);

  const close = useCallback(() => {
    refocus.current = true;
    setOpen(undefined);
  }, []);

  const none = voices === 'no-voice' || voices === 'no-speech';
  const play = () => {
    const synth = speech();
    const found = synth && voicesFor(synth, language);
    if (!found?.local && !found?.remote) {
      setVoices(synth ? 'no-voice' : 'no-speech');
      setWhyShown(true);
      return;
    }
    setFailed(false);
    loadReading().then(
      (loaded) => {
        setReading(loaded);
        setOpen(found);
      },
      () => setFailed(true),
    );
  };

  return (
    <div className="read-aloud" {...ui}>
      {open && reading ? (
        <reading.Panel language={language} root={root} voices={open} onClose={close} createReader={reading.createReader} />
      ) : (
        <>
          <Button
            ref={button}
            variant="secondary"
            onClick={play}
            aria-disabled={none || undefined}
            aria-describedby={none ? whyId : undefined}
          >
            {none ? t('noVoice') : t('play')}
          </Button>
          {none && (
            <p id={whyId} className={whyShown ? 'read-aloud-note' : 'read-aloud-note visually-hidden'}>
              {voices === 'no-speech' ? t('noSpeech') : t('noVoiceWhy', { language: t(`language.${language}`) })}
            </p>
          )}
          {failed && <p className="read-aloud-note">{t('loadFailed')}</p>}
        </>
      )}
    </div>
  );
}
