import { sentenceSpans } from './sentences.ts';

/** What the reader is doing, for the controls. */
export type ReaderState = 'reading' | 'paused' | 'done' | 'failed';

export interface ReaderOptions {
  synth: SpeechSynthesis;
  /** The step's text: its heading and every block with a stable id (`data-block-id`). */
  root: HTMLElement;
  /** The lesson's language; text marked as another language (the interface's) is not read. */
  language: string;
  voice: SpeechSynthesisVoice;
  rate: number;
  onState: (state: ReaderState) => void;
}

export interface Reader {
  start: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  setRate: (rate: number) => void;
}

/** The name of the CSS highlight (`::highlight(natvana-speech)`) on the sentence being read. */
export const highlightName = 'natvana-speech';

interface TextPiece {
  node: Text;
  start: number;
}

interface BlockText {
  block: HTMLElement;
  text: string;
  pieces: TextPiece[];
  spans: Array<[number, number]>;
}

const keyOf = (block: HTMLElement) => block.dataset.blockId ?? 'title';

const primary = (language: string) => language.toLowerCase().split('-')[0];

/** The step's heading and text blocks in reading order, leaving out what is hidden. */
function blocksIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('h1, [data-block-id]')).filter(
    (block) => !block.closest('[hidden], [aria-hidden="true"]'),
  );
}

/**
 * A block's own words: not those of blocks inside it (they are read in their
 * turn), nor hidden text, words for screen readers only, or interface text
 * in another language than the lesson's.
 */
function textOf(block: HTMLElement, language: string): BlockText {
  const pieces: TextPiece[] = [];
  let text = '';
  const refuse = (element: Element) =>
    element !== block &&
    (element.hasAttribute('data-block-id') ||
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true' ||
      element.classList.contains('visually-hidden') ||
      (element.hasAttribute('lang') && primary(element.getAttribute('lang') ?? '') !== language));
  const ownLanguage = block.closest('[lang]')?.getAttribute('lang');
  if (!ownLanguage || primary(ownLanguage) === language) {
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.TEXT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : refuse(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const piece = node as Text;
      pieces.push({ node: piece, start: text.length });
      text += piece.data;
    }
  }
  return { block, text, pieces, spans: sentenceSpans(text, language) };
}

/** The sentence's text on the page, one range per piece of text it is made of, so nothing left unread is highlighted. */
function rangesOf({ block, pieces }: BlockText, [from, to]: [number, number]): Range[] {
  return pieces.flatMap(({ node, start }) => {
    const first = Math.max(from, start) - start;
    const last = Math.min(to, start + node.data.length) - start;
    if (first >= last) return [];
    const range = block.ownerDocument.createRange();
    range.setStart(node, first);
    range.setEnd(node, last);
    return [range];
  });
}

/** Whether the browser can highlight a part of a text without changing the page (the CSS Custom Highlight API). */
const canHighlight = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Reads the step aloud one sentence at a time, one utterance each: that
 * works alike in Chromium, Firefox and Safari, needs no boundary events, and
 * a long text is never cut off. The sentence being read is highlighted with
 * a CSS highlight, and its block is marked `data-speaking`; where the browser
 * has no CSS highlights, the whole block is highlighted instead.
 * The place is a block id and a sentence number, looked up afresh for every
 * sentence, so answering a quiz while it reads changes nothing under it.
 * Pausing silences the browser and Continue reads the paused sentence again
 * from its beginning: `speechSynthesis.pause()` does not work in every browser.
 */
export function createReader(options: ReaderOptions): Reader {
  const { synth, root, language, voice } = options;
  let rate = options.rate;
  let state: ReaderState = 'done';
  let place: { key: string; sentence: number } | undefined;
  // Kept until it ends: Chromium may drop an utterance nobody holds before it finishes.
  let utterance: SpeechSynthesisUtterance | undefined;
  let marked: HTMLElement | undefined;

  const setState = (next: ReaderState) => {
    state = next;
    options.onState(next);
  };

  const unmark = () => {
    marked?.removeAttribute('data-speaking');
    marked = undefined;
    if (canHighlight()) CSS.highlights.delete(highlightName);
  };

  const mark = (block: BlockText, span: [number, number]) => {
    unmark();
    marked = block.block;
    if (canHighlight()) {
      CSS.highlights.set(highlightName, new Highlight(...rangesOf(block, span)));
      marked.setAttribute('data-speaking', 'sentence');
    } else {
      marked.setAttribute('data-speaking', 'block');
    }
    if (typeof marked.scrollIntoView === 'function') marked.scrollIntoView({ block: 'nearest' });
  };

  const silence = () => {
    utterance = undefined;
    synth.cancel();
  };

  /** The first block from `index` on that has something to read. */
  const firstWithText = (blocks: HTMLElement[], index: number) => {
    for (let i = index; i < blocks.length; i += 1) {
      const block = blocks[i];
      if (block && textOf(block, language).spans.length > 0) return { key: keyOf(block), sentence: 0 };
    }
    return undefined;
  };

  const finish = (next: ReaderState) => {
    silence();
    unmark();
    place = undefined;
    setState(next);
  };

  const speak = () => {
    const block = place && blocksIn(root).find((candidate) => keyOf(candidate) === place?.key);
    const current = block && textOf(block, language);
    const span = current && place && current.spans[Math.min(place.sentence, current.spans.length - 1)];
    if (!current || !span) {
      finish('done');
      return;
    }
    mark(current, span);
    const next = new SpeechSynthesisUtterance(current.text.slice(span[0], span[1]).replace(/\s+/g, ' '));
    next.voice = voice;
    next.lang = voice.lang;
    next.rate = rate;
    next.onend = () => {
      if (utterance === next) advance();
    };
    next.onerror = (event) => {
      if (utterance === next && event.error !== 'interrupted' && event.error !== 'canceled') finish('failed');
    };
    utterance = next;
    if (synth.paused) synth.resume();
    synth.speak(next);
    if (state !== 'reading') setState('reading');
  };

  function advance() {
    if (!place) return;
    const blocks = blocksIn(root);
    const index = blocks.findIndex((block) => keyOf(block) === place?.key);
    const block = blocks[index];
    if (block && place.sentence + 1 < textOf(block, language).spans.length) place = { key: place.key, sentence: place.sentence + 1 };
    else place = index < 0 ? undefined : firstWithText(blocks, index + 1);
    speak();
  }

  return {
    start() {
      silence();
      place = firstWithText(blocksIn(root), 0);
      speak();
    },
    pause() {
      if (state !== 'reading') return;
      silence();
      setState('paused');
    },
    resume() {
      if (state === 'paused') speak();
    },
    stop() {
      silence();
      unmark();
      place = undefined;
      state = 'done';
    },
    setRate(next) {
      rate = next;
      if (state === 'reading') {
        silence();
        speak();
      }
    },
  };
}
