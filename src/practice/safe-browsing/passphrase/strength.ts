/** The estimator with its word lists: one module, downloaded when the learner first uses the passphrase drill (passphrase-tools.ts), never with the other drills. */
import { makeEstimator } from './estimate.ts';
import { wordLists } from './word-lists.ts';

export const estimate = makeEstimator(wordLists);
export { randomWords } from './word-lists.ts';
