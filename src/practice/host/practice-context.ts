import { createContext, useContext } from 'react';
import type { LessonLanguage } from '../../i18n/index.ts';
import type { AnyPracticeView } from './view-contract.ts';

/** Downloads a kind's view by its folder name. */
export type ViewLoaders = Readonly<Record<string, () => Promise<AnyPracticeView>>>;

/**
 * What a practice's screens may reach beyond their own state: where the
 * practice is (for its kept place) and the other kinds' views, so a kind can
 * use another's screens (the e-service logs in with the practice e-ID)
 * without importing it.
 */
export interface PracticeContextValue {
  views: ViewLoaders;
  language: LessonLanguage;
  /** `<lang>/<lesson>/<step>/<kind>/<scenario>`: where this practice's place is kept. */
  placeKey: string;
}

export const PracticeContext = createContext<PracticeContextValue | undefined>(undefined);

export function usePracticeContext(): PracticeContextValue {
  const value = useContext(PracticeContext);
  if (!value) throw new Error('A practice screen is drawn outside the practice host.');
  return value;
}
