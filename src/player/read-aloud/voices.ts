/**
 * Which of the browser's voices can read a language. A voice that runs on
 * the device (`localService`) keeps the text on this computer; any other
 * sends it to a speech service on the internet, so it is kept apart and used
 * only when the learner chooses it. Touch only from effects and handlers.
 */
export interface LanguageVoices {
  local: SpeechSynthesisVoice | undefined;
  remote: SpeechSynthesisVoice | undefined;
}

/** The speeds the learner can choose, as speech synthesis rates. */
export const rates = { slower: 0.75, normal: 1, faster: 1.25 } as const;
export type Speed = keyof typeof rates;

/**
 * What the learner chose for reading aloud, kept while the page is open
 * (from step to step, and for a practice's read-aloud), never stored: the
 * speed, and the languages they chose a voice on the internet for.
 */
export const readAloudChoices: { speed: Speed; readonly internetVoice: Set<string> } = { speed: 'normal', internetVoice: new Set() };

/** The browser's speech synthesis, or undefined where it has none. */
export function speech(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/** `sv-SE`, `sv_SE` and `SV` all speak `sv`. */
const speaks = (voice: SpeechSynthesisVoice, language: string) =>
  voice.lang.toLowerCase().replace('_', '-').split('-')[0] === language;

export function voicesFor(synth: SpeechSynthesis, language: string): LanguageVoices {
  // The browser's default voice first, where it speaks the language.
  const matching = synth
    .getVoices()
    .filter((voice) => speaks(voice, language))
    .sort((a, b) => Number(b.default) - Number(a.default));
  return { local: matching.find((voice) => voice.localService), remote: matching.find((voice) => !voice.localService) };
}

/** Whether the browser can read a language: not known yet (voices load after the page), yes, or why not. */
export type VoiceCheck = 'unknown' | 'found' | 'no-voice' | 'no-speech';

/**
 * Tells whether the browser has a voice for `language`, and again whenever
 * its voices change. A browser that still lists no voice at all after a few
 * seconds has none.
 */
export function watchVoices(language: string, onChange: (check: VoiceCheck) => void): () => void {
  const synth = speech();
  if (!synth) {
    onChange('no-speech');
    return () => undefined;
  }
  const check = (settled: boolean) => {
    const { local, remote } = voicesFor(synth, language);
    if (local || remote) onChange('found');
    else if (settled || synth.getVoices().length > 0) onChange('no-voice');
  };
  const onVoicesChanged = () => check(false);
  synth.addEventListener('voiceschanged', onVoicesChanged);
  const timer = setTimeout(() => check(true), 3000);
  check(false);
  return () => {
    clearTimeout(timer);
    synth.removeEventListener('voiceschanged', onVoicesChanged);
  };
}
