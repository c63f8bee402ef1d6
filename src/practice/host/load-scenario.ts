import { practiceScenarioLoaders } from 'virtual:natvana/practice-scenarios';
import type { LessonLanguage } from '../../i18n/index.ts';

/**
 * Loads a practice scenario in the lesson's language from its own chunk
 * (compiled from `lessons/practice/<kind>/<id>.yaml`). Only the practice
 * host imports this file, so neither the start page nor a lesson step's base
 * download carries the list. Resolves to undefined if there is no such scenario.
 */
export async function loadScenario(language: LessonLanguage, kind: string, id: string): Promise<unknown> {
  const loader = practiceScenarioLoaders[`${language}/${kind}/${id}`];
  return loader ? (await loader()).default : undefined;
}
