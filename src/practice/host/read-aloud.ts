import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonLanguage } from '../../i18n/index.ts';
import { readTextsAloud, type TextsReading, watchCanReadAloud } from '../../player/index.ts';

/** The app's read-aloud, for a practice's screens. */
export interface PracticeReadAloud {
  /**
   * True once the browser has a voice for the practice's language that the
   * learner may use (one on this computer, or one on the internet they chose
   * in the step's Read aloud). Offer no read-aloud button while it is false.
   */
  available: boolean;
  /** True while texts are being read. */
  reading: boolean;
  /** Reads the texts in order, in the practice's language, after silencing any other reading. */
  read(texts: readonly string[]): void;
  stop(): void;
}

/**
 * Lets a practice ask the app to read texts aloud with the learner's chosen
 * voice and speed (the lesson step's Read aloud), in the practice's language
 * (the screen's `language`). Speech is touched only in effects and handlers;
 * leaving the page or the screen stops the reading.
 */
export function useReadAloud(language: LessonLanguage): PracticeReadAloud {
  const [available, setAvailable] = useState(false);
  const [reading, setReading] = useState(false);
  const current = useRef<TextsReading | undefined>(undefined);

  useEffect(() => watchCanReadAloud(language, setAvailable), [language]);
  useEffect(() => {
    const silence = () => {
      current.current?.stop();
      current.current = undefined;
    };
    window.addEventListener('pagehide', silence);
    return () => {
      window.removeEventListener('pagehide', silence);
      silence();
    };
  }, []);

  const stop = useCallback(() => {
    current.current?.stop();
    current.current = undefined;
    setReading(false);
  }, []);

  const read = useCallback(
    (texts: readonly string[]) => {
      current.current?.stop();
      const started = readTextsAloud(language, texts, () => {
        if (current.current !== started) return;
        current.current = undefined;
        setReading(false);
      });
      current.current = started;
      setReading(started !== undefined);
    },
    [language],
  );

  return { available, reading, read, stop };
}
