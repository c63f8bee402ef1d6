import { storageKeyPrefix } from '../storage/index.ts';

/**
 * Today's class, as a learner's computer keeps it from the instructor's
 * link: the lesson ids, comma-separated. The start page reads only this key
 * and downloads the part that shows the class when there is one.
 */
export const todaysClassKey = `${storageKeyPrefix}-todays-class`;
