import { loadOnce } from '../../../loading/index.ts';
import type * as Strength from './strength.ts';

/** The estimator and the random words: one module, with the word lists they share. */
export type PassphraseTools = typeof Strength;

/**
 * The estimator and its word lists (about 15 kB gzip, most of it the list of
 * several thousand words) download when the learner first uses the drill,
 * not with the step: the step's own download stays small. The estimator
 * needs the same large list as "Slumpa tre ord": without it, any word on the
 * list with a year or a sign after it would be rated strong, so the two come
 * as one. A failed download is forgotten, so "Försök igen" fetches it afresh.
 */
export const passphraseTools = loadOnce<PassphraseTools>(() => import('./strength.ts'));
