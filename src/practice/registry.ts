import type { PracticeEntry } from '../content/index.ts';
import type { PracticeKind } from './kinds.ts';

/**
 * Each practice kind's component, downloaded on demand: a kind's code is its
 * own chunk and reaches only the learners whose step shows it. The app hands
 * this to the player. A new kind is one line here, with a dynamic import:
 *
 *   'e-id': { load: () => import('./e-id/e-id-practice.tsx').then((module) => module.EIdPractice) },
 *
 * No kind has its simulation yet; until one does, the player names the
 * practice honestly instead of showing an empty box.
 */
export const practiceRegistry: Readonly<Partial<Record<PracticeKind, PracticeEntry>>> = {};
