import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { EIdScenario, PracticeScenarioData } from '../content/practice.ts';
import { type LessonLanguage, lessonLanguages } from '../i18n/languages.ts';
import { isPracticeKind, isWorkingPracticeKind, practiceKinds, workingPracticeKinds, type WorkingPracticeKind } from '../practice/kinds.ts';
import { readAuthorFile, reportUnexpected } from './author-files.ts';
import { limits } from './limits.ts';
import type { ProblemList } from './problems.ts';
import { readYaml } from './read-yaml.ts';
import { eIdScenarioSchema } from './schemas.ts';

/** The practice scenarios under `lessons/practice/<kind>/<id>.yaml`, checked and compiled per language. */
export interface PracticeScenarios {
  /** The scenario ids each working kind has, for checking `::practice` in lessons. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** By `<lang>/<kind>/<id>`: what the browser gets, in that language only. */
  compiled: Map<string, PracticeScenarioData[WorkingPracticeKind]>;
}

const scenarioFileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

type ListFor = (path: string) => { list: ProblemList; done: () => void };

/**
 * Reads every scenario file. A folder that is not a kind with a working
 * practice, a file name that is not an id, and every field that is missing or
 * wrong are problems at their file and line.
 */
export function loadPracticeScenarios(folder: string, listFor: ListFor): PracticeScenarios {
  const ids = new Map<string, Set<string>>(workingPracticeKinds.map((kind) => [kind, new Set<string>()]));
  const compiled: PracticeScenarios['compiled'] = new Map();
  if (!existsSync(folder)) return { ids, compiled };

  for (const kind of readdirSync(folder).sort()) {
    const kindPath = join(folder, kind);
    if (lstatSync(kindPath).isSymbolicLink() || !lstatSync(kindPath).isDirectory()) {
      const { list, done } = listFor(kindPath);
      list.add(undefined, `"${kind}" is not a folder of practice scenarios.`, `Put each scenario in lessons/practice/<kind>/<scenario id>.yaml, with the kind one of: ${workingPracticeKinds.join(', ')}.`);
      done();
      continue;
    }
    for (const name of readdirSync(kindPath).sort()) {
      const path = join(kindPath, name);
      const { list, done } = listFor(path);
      try {
        const match = scenarioFileName.exec(name);
        if (!isWorkingPracticeKind(kind)) {
          list.add(
            { line: 1, column: 1 },
            isPracticeKind(kind) ? `The practice kind "${kind}" is not in this version of Nätvana yet.` : `There is no practice kind "${kind}".`,
            `Put scenarios in a folder named after a kind that works: ${workingPracticeKinds.join(', ')}. (Kinds planned: ${practiceKinds.join(', ')}.)`,
          );
        } else if (!match?.[1]) {
          list.add({ line: 1, column: 1 }, `The file name "${name}" does not follow the rule.`, 'Name it <scenario id>.yaml, with small letters a–z, digits and single hyphens, like login-other-device.yaml.');
        } else {
          const source = readAuthorFile(path, limits.yamlFileBytes, list);
          const scenario = source === undefined ? undefined : readYaml(source, eIdScenarioSchema, list, 1, 'docs/lesson-format.md ("Practice")');
          if (scenario && source !== undefined) {
            if (scenario.id !== match[1]) {
              const index = source.split('\n').findIndex((line) => line.startsWith('id:'));
              list.add({ line: index + 1 || 1, column: 1 }, `The id "${scenario.id}" is not the same as the file name "${match[1]}".`, `Write id: ${match[1]}, or rename the file.`);
            } else {
              ids.get(kind)?.add(scenario.id);
              for (const language of lessonLanguages) compiled.set(`${language}/${kind}/${scenario.id}`, eIdScenarioIn(scenario, language));
            }
          }
        }
      } catch (error) {
        reportUnexpected(error, list);
      }
      done();
    }
  }
  return { ids, compiled };
}

/** A scenario with the text of one language: the browser gets only the language the lesson is in. */
function eIdScenarioIn(scenario: z.infer<typeof eIdScenarioSchema>, language: LessonLanguage): EIdScenario {
  return {
    id: scenario.id,
    action: scenario.action,
    way: scenario.way,
    service: scenario.service[language],
    page: scenario.page[language],
    task: scenario.task[language],
    intent: scenario.intent[language],
    done: scenario.done[language],
    code: scenario.code,
    seconds: scenario.seconds,
    expired: scenario.expired ?? false,
    ...(scenario.call
      ? {
          call: {
            from: scenario.call.from[language],
            says: scenario.call.says.map((line) => ({ id: line.id, text: line[language] })),
            signs: scenario.call.signs.map((sign) => ({ id: sign.id, text: sign[language] })),
          },
        }
      : {}),
  };
}
