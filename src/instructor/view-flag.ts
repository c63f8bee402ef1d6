import { safeStorage, storageKeyPrefix } from '../storage/index.ts';

/**
 * Instructor view, remembered on this computer: one key, read by the lesson
 * step page (this file is all the instructor code a learner's step carries;
 * the notes and their view download only once it is on). There is no
 * password: the notes hide nothing secret. Erasing a shared computer turns it off.
 */
export const instructorViewKey = `${storageKeyPrefix}-instructor-view`;

/** Whether instructor view is on. In effects and handlers only: there is no storage while prerendering. */
export function instructorViewOn(): boolean {
  return safeStorage().read(instructorViewKey) === 'on';
}

/** Turns instructor view on or off; false when it could not be kept on this computer. */
export function setInstructorView(on: boolean): boolean {
  const storage = safeStorage();
  if (!on) {
    storage.remove(instructorViewKey);
    return true;
  }
  return storage.write(instructorViewKey, 'on');
}
