import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lessonLanguages } from '../i18n/languages.ts';
import { type PracticeKindRegistry, practiceKinds } from '../practice/registry.ts';
import { readAuthorFile, reportUnexpected } from './author-files.ts';
import { limits } from './limits.ts';
import type { Position, ProblemList } from './problems.ts';
import type { ScenarioReference } from './practice-kind.ts';
import { readYamlDocument } from './read-yaml.ts';

/** The practice scenarios under `lessons/practice/<kind>/<id>.yaml`, checked and compiled per language. */
export interface PracticeScenarios {
  /** The scenario ids each kind has, for checking `::practice` in lessons. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** By `<lang>/<kind>/<id>`: what the browser gets, in that language only. */
  compiled: Map<string, unknown>;
}

const scenarioFileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;
const guide = 'docs/lesson-format.md ("Practice")';

type ListFor = (path: string) => { list: ProblemList; done: () => void };

/**
 * Reads every scenario file and checks it with its own kind's schema and
 * rules (from `src/practice/registry.ts`). A folder that is not a kind, a
 * file name that is not an id, every field that is missing or wrong, and a
 * reference to a scenario that does not exist are problems at their file and line.
 */
export function loadPracticeScenarios(folder: string, listFor: ListFor, kinds: PracticeKindRegistry = practiceKinds): PracticeScenarios {
  const kindNames = Object.keys(kinds).sort();
  const ids = new Map<string, Set<string>>(kindNames.map((kind) => [kind, new Set<string>()]));
  const compiled: PracticeScenarios['compiled'] = new Map();
  const references: { path: string; at: Position; reference: ScenarioReference }[] = [];
  if (!existsSync(folder)) return { ids, compiled };

  for (const kind of readdirSync(folder).sort()) {
    const kindPath = join(folder, kind);
    if (lstatSync(kindPath).isSymbolicLink() || !lstatSync(kindPath).isDirectory()) {
      const { list, done } = listFor(kindPath);
      list.add(undefined, `"${kind}" is not a folder of practice scenarios.`, `Put each scenario in lessons/practice/<kind>/<scenario id>.yaml, with the kind one of: ${kindNames.join(', ')}.`);
      done();
      continue;
    }
    const definition = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
    for (const name of readdirSync(kindPath).sort()) {
      const path = join(kindPath, name);
      const { list, done } = listFor(path);
      try {
        const match = scenarioFileName.exec(name);
        if (!definition) {
          list.add({ line: 1, column: 1 }, `There is no practice kind "${kind}".`, `Put scenarios in a folder named after a kind: ${kindNames.join(', ')}.`);
        } else if (!match?.[1]) {
          list.add({ line: 1, column: 1 }, `The file name "${name}" does not follow the rule.`, 'Name it <scenario id>.yaml, with small letters a–z, digits and single hyphens, like login-other-device.yaml.');
        } else {
          const source = readAuthorFile(path, limits.yamlFileBytes, list);
          const read = source === undefined ? undefined : readYamlDocument(source, definition.schema, list, { guide, ...(definition.examples ? { examples: definition.examples } : {}) });
          const scenario = read?.value as { id?: unknown } | undefined;
          if (read && scenario) {
            const extraProblems = definition.check?.(scenario) ?? [];
            for (const problem of extraProblems) list.add(read.positionOf(problem.at), problem.message, problem.fix);
            if (scenario.id !== match[1]) {
              list.add(read.positionOf(['id']), `The id "${String(scenario.id)}" is not the same as the file name "${match[1]}".`, `Write id: ${match[1]}, or rename the file.`);
            } else if (extraProblems.length === 0) {
              ids.get(kind)?.add(match[1]);
              for (const language of lessonLanguages) compiled.set(`${language}/${kind}/${match[1]}`, definition.inLanguage(scenario, language));
              for (const reference of definition.references?.(scenario) ?? []) references.push({ path, at: read.positionOf(reference.at), reference });
            }
          }
        }
      } catch (error) {
        reportUnexpected(error, list);
      }
      done();
    }
  }

  // A scenario may use another (the e-service logs in with an e-ID scenario): each must exist.
  for (const { path, at, reference } of references) {
    if (ids.get(reference.kind)?.has(reference.id)) continue;
    const { list, done } = listFor(path);
    const known = [...(ids.get(reference.kind) ?? [])].sort();
    list.add(
      at,
      ids.has(reference.kind) ? `The practice kind "${reference.kind}" has no scenario "${reference.id}".` : `There is no practice kind "${reference.kind}".`,
      known.length > 0 ? `Write one of: ${known.join(', ')}, or write lessons/practice/${reference.kind}/${reference.id}.yaml.` : `Write lessons/practice/${reference.kind}/${reference.id}.yaml first.`,
    );
    done();
  }
  return { ids, compiled };
}
