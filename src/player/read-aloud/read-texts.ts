import { rates, readAloudChoices, speech, voicesFor, watchVoices } from './voices.ts';

/**
 * A few short texts read aloud for a part of the page other than the step's
 * text (a practice reads an address part by part), with what the learner
 * chose in the step's Read aloud: the speed, and a voice on this computer,
 * or a voice on the internet only once the learner has chosen it there
 * (this never sends text away unasked). Touch only from effects and handlers.
 */

/** The voice for `language` the learner may use without being asked, if any. */
function usableVoice(synth: SpeechSynthesis, language: string): SpeechSynthesisVoice | undefined {
  const { local, remote } = voicesFor(synth, language);
  return local ?? (remote && readAloudChoices.internetVoice.has(language) ? remote : undefined);
}

/** Tells whether texts in `language` can be read aloud, and again whenever the browser's voices change. */
export function watchCanReadAloud(language: string, onChange: (can: boolean) => void): () => void {
  return watchVoices(language, (check) => {
    const synth = speech();
    onChange(check === 'found' && synth !== undefined && usableVoice(synth, language) !== undefined);
  });
}

export interface TextsReading {
  /** Silences the reading; `onEnd` is not called. */
  stop(): void;
}

/**
 * Reads the texts in order, one utterance each (as the step's reader does:
 * alike in every browser, never cut off), after silencing whatever was being
 * read. `onEnd` is called when the last has been read, or the reading was
 * interrupted, never before this returns. Undefined, and nothing said,
 * when there is nothing to read or no voice to use.
 */
export function readTextsAloud(language: string, texts: readonly string[], onEnd: () => void): TextsReading | undefined {
  const synth = speech();
  const voice = synth && usableVoice(synth, language);
  if (!synth || !voice || texts.length === 0) return undefined;
  // Kept until it ends: Chromium may drop an utterance nobody holds before it finishes.
  let current: SpeechSynthesisUtterance | undefined;
  let next = 0;
  const end = () => {
    current = undefined;
    onEnd();
  };
  const speakNext = () => {
    const text = texts[next];
    if (text === undefined) {
      end();
      return;
    }
    next += 1;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rates[readAloudChoices.speed];
    utterance.onend = () => {
      if (current === utterance) speakNext();
    };
    utterance.onerror = () => {
      if (current === utterance) end();
    };
    current = utterance;
    if (synth.paused) synth.resume();
    synth.speak(utterance);
  };
  synth.cancel();
  speakNext();
  return {
    stop() {
      if (!current) return;
      current = undefined;
      synth.cancel();
    },
  };
}
