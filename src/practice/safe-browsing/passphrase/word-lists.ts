/**
 * The estimator's word lists, as data files beside it (one word a line, `#`
 * starts a note). Downloaded with the passphrase drill only: the other drills
 * never load them.
 */
import commonText from './words/common-words.txt?raw';
import passwordsText from './words/common-passwords.txt?raw';
import randomText from './words/random-words.txt?raw';
import rowsText from './words/keyboard-rows.txt?raw';
import type { WordLists } from './estimate.ts';

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export const wordLists: WordLists = { passwords: lines(passwordsText), common: lines(commonText), dictionary: lines(randomText), rows: lines(rowsText) };

/** Words for a passphrase, picked at random with the browser's own random numbers. */
export function randomWords(count: number, pick: (below: number) => number): string[] {
  return Array.from({ length: count }, () => wordLists.dictionary[pick(wordLists.dictionary.length)] ?? '');
}
