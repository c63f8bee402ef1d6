import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import type { LessonLanguage } from '../../i18n/index.ts';
import { Button } from '../../ui/index.ts';
import type { createReader, Reader, ReaderState } from './reader.ts';
import { type LanguageVoices, rates, readAloudChoices, type Speed, speech } from './voices.ts';

const speeds = Object.keys(rates) as Speed[];

export interface ReadAloudPanelProps {
  language: LessonLanguage;
  /** The step's text to read. */
  root: RefObject<HTMLElement | null>;
  /** The browser's voices for the language, at least one of them there. */
  voices: LanguageVoices;
  /** Back to the Read aloud button. */
  onClose: () => void;
  /** The reader, downloaded when Read aloud was pressed. */
  createReader: typeof createReader;
}

interface Voice {
  kind: 'ready' | 'offer';
  voice: SpeechSynthesisVoice;
}

function firstVoice({ local, remote }: LanguageVoices, language: string): Voice | undefined {
  if (local) return { kind: 'ready', voice: local };
  if (remote) return { kind: readAloudChoices.internetVoice.has(language) ? 'ready' : 'offer', voice: remote };
  return undefined;
}

/**
 * The read-aloud controls, shown once the learner has pressed Read aloud:
 * Pause/Continue, Stop, and the speed. A voice on this computer is
 * used at once; a voice on the internet only once the learner has chosen it,
 * after being told that the text then leaves the computer.
 */
export function ReadAloudPanel({ language, root, voices, onClose, createReader }: ReadAloudPanelProps) {
  const { t } = useTranslation('speech');
  const [voice, setVoice] = useState(() => firstVoice(voices, language));
  const [state, setState] = useState<ReaderState>('reading');
  const [speed, setSpeed] = useState<Speed>(readAloudChoices.speed);
  const reader = useRef<Reader | undefined>(undefined);
  const firstButton = useRef<HTMLButtonElement>(null);
  const offerId = useId();
  const speedId = useId();
  const languageName = t(`language.${language}`);

  // The learner pressed Read aloud (or chose the internet voice): the first button here takes its place.
  const kind = voice?.kind;
  useEffect(() => {
    firstButton.current?.focus();
  }, [kind]);

  useEffect(() => {
    const synth = speech();
    const element = root.current;
    if (voice?.kind !== 'ready' || !synth || !element) return undefined;
    const current = createReader({ synth, root: element, language, voice: voice.voice, rate: rates[readAloudChoices.speed], onState: setState });
    reader.current = current;
    current.start();
    // Leaving the page, or the step (this unmounts), ends the reading.
    const leave = () => current.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      current.stop();
      reader.current = undefined;
    };
  }, [voice, language, root, createReader]);

  if (!voice) return null;

  if (voice.kind === 'offer') {
    return (
      <>
        <div id={offerId} className="read-aloud-note">
          <p>{t('cloud.why', { language: languageName })}</p>
          <p>{t('cloud.offer', { voice: voice.voice.name })}</p>
        </div>
        <Button
          ref={firstButton}
          aria-describedby={offerId}
          onClick={() => {
            readAloudChoices.internetVoice.add(language);
            setVoice({ kind: 'ready', voice: voice.voice });
          }}
        >
          {t('cloud.use')}
        </Button>
        <Button variant="secondary" onClick={() => onClose()}>
          {t('cloud.no')}
        </Button>
      </>
    );
  }

  const main =
    state === 'reading'
      ? { label: t('pause'), act: () => reader.current?.pause() }
      : state === 'paused'
        ? { label: t('resume'), act: () => reader.current?.resume() }
        : { label: t('again'), act: () => reader.current?.start() };

  return (
    <>
      <Button ref={firstButton} className="read-aloud-main" onClick={main.act}>
        {main.label}
      </Button>
      <Button variant="secondary" onClick={() => onClose()}>
        {t('stop')}
      </Button>
      <p className="read-aloud-status" role="status">
        {t(state)}
      </p>
      <div className="read-aloud-speed" role="group" aria-labelledby={speedId}>
        <span id={speedId} className="read-aloud-speed-label">
          {t('speed')}
        </span>
        {speeds.map((option) => (
          <Button
            key={option}
            variant="secondary"
            aria-pressed={speed === option}
            onClick={() => {
              readAloudChoices.speed = option;
              setSpeed(option);
              reader.current?.setRate(rates[option]);
            }}
          >
            {t(option)}
          </Button>
        ))}
      </div>
      {!voice.voice.localService && <p className="read-aloud-note">{t('cloud.inUse')}</p>}
    </>
  );
}
