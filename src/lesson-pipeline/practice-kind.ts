/**
 * What a practice kind gives the lesson pipeline: the schema of its scenario
 * files, how a scenario reads in one language, and the checks that need more
 * than the schema. Each kind writes this in `src/practice/<kind>/scenario.ts`
 * with the field builders below, so every kind's authors read the same
 * messages; `src/practice/registry.ts` lists the kinds.
 *
 * Build time only: zod never reaches the browser (the browser imports a
 * kind's scenario file for its types alone).
 */
import { z } from 'zod';
import { type LessonLanguage, lessonLanguages } from '../i18n/languages.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id: small letters, digits and single hyphens. */
export const scenarioId = z.string('Write an id, like first-reply.').regex(idPattern, 'An id may only have small letters a–z, digits and single hyphens, like first-reply.');

const markup = /<\/?[a-z!?][^>]*>|\[[^\]]*\]\([^)]*\)|(?:^|\s):{1,3}[a-z][\w-]*[[{]/i;

/** Scenario text is shown as it is, never as Markdown, so markup is refused instead of shown wrong. */
export const plainText = z
  .string('Write some words here.')
  .trim()
  .min(1, 'This text is empty.')
  .refine((value) => !markup.test(value), 'Write plain words here: HTML (<…>), links ([…](…)) and :word[…] are not shown in this text.');

export const wholeNumber = z.number('Write a whole number, like 2.').int('Write a whole number, like 2.').min(1, 'Write a number of 1 or more.');

/** A text written once per lesson language, side by side: `sv: …` and `en: …`. */
export const perLanguage = z.strictObject(
  Object.fromEntries(lessonLanguages.map((language) => [language, plainText])) as Record<LessonLanguage, typeof plainText>,
  'Write it once per language, each on its own line: sv: … and en: …',
);

export type PerLanguage = z.infer<typeof perLanguage>;

/** A list of items, each with a stable id and its text per language. */
export const textList = z
  .array(z.strictObject({ id: scenarioId, ...perLanguage.shape }), 'Write a list: each item starts with "- id: …", with sv: and en: under it.')
  .min(1, 'Write at least one item.');

/** Where in a scenario file something is: the path of keys and list places down to it. */
export type FieldPath = readonly (string | number)[];

/** A problem the schema cannot see, at the field it is about. */
export interface ScenarioProblem {
  at: FieldPath;
  message: string;
  fix: string;
}

/** A scenario that names another one (of its own kind or another), checked once every file is read. */
export interface ScenarioReference {
  at: FieldPath;
  kind: string;
  id: string;
}

export interface PracticeKindDefinition<Schema extends z.ZodType = z.ZodType, Compiled = unknown> {
  /** The scenario file's shape, with a plain message on every rule. */
  schema: Schema;
  /** Examples shown in "how to fix" when a field of this name is missing or wrong. */
  examples?: Readonly<Record<string, string>>;
  /** The scenario with the texts of one language: what the browser downloads. */
  inLanguage(scenario: z.infer<Schema>, language: LessonLanguage): Compiled;
  /** Checks beyond the schema: that answers agree with the facts, that ids are unique, and so on. */
  check?(scenario: z.infer<Schema>): ScenarioProblem[];
  /** Other scenarios this one uses; a missing one is a problem at its field. */
  references?(scenario: z.infer<Schema>): ScenarioReference[];
}

/** Keeps a kind's types exact while checking it has what the pipeline needs. */
export function definePracticeKind<Schema extends z.ZodType, Compiled>(definition: PracticeKindDefinition<Schema, Compiled>): PracticeKindDefinition<Schema, Compiled> {
  return definition;
}

/** The compiled scenario type of a kind definition: what its view is given. */
export type CompiledScenario<Definition> = Definition extends PracticeKindDefinition<z.ZodType, infer Compiled> ? Compiled : never;

/** Pick one language out of a `perLanguage` text. */
export function inOne(text: PerLanguage, language: LessonLanguage): string {
  return text[language];
}

/** Ids that appear twice in a list, as problems at the second one. */
export function duplicateIds(items: readonly { id: string }[], at: FieldPath): ScenarioProblem[] {
  const seen = new Set<string>();
  const problems: ScenarioProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ at: [...at, index, 'id'], message: `The id "${item.id}" is used twice in this list.`, fix: 'Give each item an id of its own.' });
    seen.add(item.id);
  });
  return problems;
}
