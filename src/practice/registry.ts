import type { PracticeEntry } from '../content/index.ts';
import type { WorkingPracticeKind } from './kinds.ts';

/**
 * Each practice kind's component, downloaded on demand: a kind's code is its
 * own chunk and reaches only the learners whose step shows it. The app hands
 * this to the player. A new kind is one line here, with a dynamic import, and
 * its name in `workingPracticeKinds` in kinds.ts (a test checks the two agree).
 */
export const practiceRegistry: Readonly<Record<WorkingPracticeKind, PracticeEntry>> = {
  'e-id': { load: () => import('./e-id/e-id-practice.tsx').then((module) => module.EIdPractice) },
};
