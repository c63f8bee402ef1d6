/**
 * Every prerendered page in Swedish, in every theme and at 100 % and 200 % text,
 * 320 px wide: see test/browser/support/every-page-state.ts for what is checked.
 */
import { describeEveryPageState } from './support/every-page-state.ts';

describeEveryPageState('sv');
