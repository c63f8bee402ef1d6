import { practiceScenarioLoaders } from 'virtual:natvana/practice-scenarios';
import type { LessonLanguage } from '../i18n/languages.ts';
import type { PracticeScenarioData } from './practice.ts';

/**
 * Loads a practice scenario in the lesson's language from its own chunk
 * (compiled from `lessons/practice/<kind>/<id>.yaml`). Only a practice's own
 * code imports this file, so neither the start page nor a lesson step's base
 * download carries the list. Resolves to undefined if there is no such scenario.
 */
export async function loadPracticeScenario<Kind extends keyof PracticeScenarioData>(
  language: LessonLanguage,
  kind: Kind,
  id: string,
): Promise<PracticeScenarioData[Kind] | undefined> {
  const loader = practiceScenarioLoaders[`${language}/${kind}/${id}`];
  return loader ? ((await loader()).default as PracticeScenarioData[Kind]) : undefined;
}
