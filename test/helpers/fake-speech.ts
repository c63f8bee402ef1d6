import { vi } from 'vitest';

/**
 * A stand-in for the browser's speech synthesis: it speaks nothing, keeps
 * what it was asked to say in a queue, and ends an utterance only when a test
 * says so (`finishCurrent`). `cancel()` ends every queued utterance with an
 * "interrupted" error, as browsers do.
 */

export type FakeVoice = SpeechSynthesisVoice;

export function fakeVoice(name: string, lang: string, localService: boolean, isDefault = false): FakeVoice {
  return { name, lang, localService, default: isDefault, voiceURI: `fake:${name}` };
}

type Handler = ((event: SpeechSynthesisEvent | SpeechSynthesisErrorEvent) => void) | null;

export class FakeUtterance {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onend: Handler = null;
  onerror: Handler = null;
  onstart: Handler = null;
  onboundary: Handler = null;
  constructor(text = '') {
    this.text = text;
  }
}

export class FakeSpeech extends EventTarget {
  voices: FakeVoice[];
  queue: FakeUtterance[] = [];
  /** Everything ever passed to speak(), in order. */
  said: FakeUtterance[] = [];
  cancelled = 0;
  paused = false;

  constructor(voices: FakeVoice[]) {
    super();
    this.voices = voices;
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  /** What is being said now. */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  getVoices(): FakeVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.queue.push(utterance);
    this.said.push(utterance);
  }

  cancel(): void {
    this.cancelled += 1;
    const queue = this.queue;
    this.queue = [];
    for (const utterance of queue) utterance.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** The utterance being said comes to its end. */
  finishCurrent(): void {
    const utterance = this.queue.shift();
    utterance?.onend?.({} as SpeechSynthesisEvent);
  }

  /** The browser's voices arrive (or change), as they do some time after the page has loaded. */
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

/** Installs a fake `speechSynthesis` and `SpeechSynthesisUtterance` for this test (undo with `vi.unstubAllGlobals()`). */
export function installFakeSpeech(voices: FakeVoice[]): FakeSpeech {
  const fake = new FakeSpeech(voices);
  vi.stubGlobal('speechSynthesis', fake);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return fake;
}

/** jsdom has no CSS Custom Highlight API; this one keeps the highlights in a Map that a test can read. */
export function installFakeHighlights(): Map<string, Set<Range>> {
  const highlights = new Map<string, Set<Range>>();
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights });
  return highlights;
}

/** The text of the highlighted sentence, or undefined when nothing is highlighted. */
export function highlightedText(highlights: Map<string, Set<Range>>, name = 'natvana-speech'): string | undefined {
  const ranges = highlights.get(name);
  return ranges ? [...ranges].map((range) => range.toString()).join('') : undefined;
}
