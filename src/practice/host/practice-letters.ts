import { useSyncExternalStore } from 'react';
import { safeStorage } from '../../storage/index.ts';

/**
 * Letters one practice leaves for another in the same browser session: the
 * practice e-service's receipt arrives in the practice inbox's digital
 * mailbox a step later. Kept in sessionStorage only, so closing the browser
 * (or "Avsluta och radera") takes them away; nothing leaves the page.
 */
export interface PracticeLetter {
  /** Stable: the same errand leaves the same letter once. */
  id: string;
  /** Who sends it: an invented agency or company. */
  sender: string;
  subject: string;
  /** The letter's text, a paragraph each. */
  paragraphs: string[];
  /** A reference such as the errand's number. */
  reference?: string;
  /** When it came, as the practice shows it (the practice keeps no real dates). */
  received: string;
}

export const lettersKey = 'natvana-practice-letters';
const lettersKept = 20;
const listeners = new Set<() => void>();
let cache: { text: string | undefined; letters: PracticeLetter[] } = { text: undefined, letters: [] };

function isLetter(value: unknown): value is PracticeLetter {
  if (!value || typeof value !== 'object') return false;
  const letter = value as Record<string, unknown>;
  return (
    typeof letter.id === 'string' &&
    typeof letter.sender === 'string' &&
    typeof letter.subject === 'string' &&
    typeof letter.received === 'string' &&
    Array.isArray(letter.paragraphs) &&
    letter.paragraphs.every((paragraph) => typeof paragraph === 'string') &&
    (letter.reference === undefined || typeof letter.reference === 'string')
  );
}

/** The letters posted in this browser session, oldest first; damaged ones are left out. */
export function readLetters(): PracticeLetter[] {
  const text = safeStorage('session').read(lettersKey);
  if (text === cache.text) return cache.letters;
  let letters: PracticeLetter[];
  try {
    const value: unknown = text ? JSON.parse(text) : [];
    letters = Array.isArray(value) ? value.filter(isLetter) : [];
  } catch {
    letters = [];
  }
  cache = { text, letters };
  return letters;
}

/** Posts a letter; the same letter posted twice (a reload, a second send) arrives once. */
export function postLetter(letter: PracticeLetter): void {
  const letters = readLetters().filter((kept) => kept.id !== letter.id);
  safeStorage('session').write(lettersKey, JSON.stringify([...letters, letter].slice(-lettersKept)));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noLetters: PracticeLetter[] = [];

/** The letters posted so far, kept current as more arrive. */
export function usePracticeLetters(): PracticeLetter[] {
  return useSyncExternalStore(subscribe, readLetters, () => noLetters);
}
