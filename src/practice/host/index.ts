/**
 * The practice host's surface for the kinds: the contract a kind's view
 * fulfils, another kind's practice inside one's own screens, the letters
 * a practice leaves for a later one in the same browser session, and the
 * app's read-aloud (`useReadAloud`).
 */
export { definePracticeView, type PracticeEnd, type PracticeScreenProps, type PracticeT, type PracticeView, type StringKey } from './view-contract.ts';
export { EmbeddedPractice } from './embedded-practice.tsx';
export { postLetter, usePracticeLetters, type PracticeLetter } from './practice-letters.ts';
export { looksLikePersonalNumber } from './personal-number.ts';
export { looksLikePassword } from './password-like.ts';
export { useReadAloud, type PracticeReadAloud } from './read-aloud.ts';
