/**
 * A scenario of the practice e-service: `lessons/practice/e-service/<id>.yaml`,
 * with Swedish and English side by side (see "Practice" in docs/lesson-format.md).
 * The start page, the login (a practice e-ID scenario), the question pages
 * with their fields and validation rules, and the receipt are all data here.
 * Build time only: the lesson pipeline checks and compiles it; the browser
 * gets `EServiceScenario` in one language and imports this file for its types alone.
 */
import { z } from 'zod';
import { definePracticeKind, duplicateIds, type FieldPath, type PerLanguage, perLanguage, type ScenarioProblem, scenarioId, textList, wholeNumber } from '../../lesson-pipeline/practice-kind.ts';

export const fieldTypes = ['text', 'email', 'date', 'choice', 'long-text', 'secret'] as const;
export const ruleChecks = ['required', 'digits', 'email', 'max-length', 'date', 'not-before', 'not-after', 'same-as'] as const;

/** The rules that need a number of days or characters as their `value`. */
const numberRules: ReadonlySet<string> = new Set(['digits', 'max-length', 'not-before', 'not-after']);

const rule = z.strictObject({
  check: z.enum(ruleChecks, `Write one of: ${ruleChecks.join(', ')}.`),
  value: z.union([z.number(), z.string()], 'Write a number, like 5, or (for same-as) the id of another field.').optional(),
  message: perLanguage,
});

const option = z.strictObject({ id: scenarioId, ...perLanguage.shape });

const field = z.strictObject({
  id: scenarioId,
  type: z.enum(fieldTypes, `Write one of: ${fieldTypes.join(', ')}.`),
  label: perLanguage,
  hint: perLanguage.optional(),
  optional: z.boolean('Write true or false.').optional(),
  options: z.array(option, 'Write a list: each option starts with "- id: …", with sv: and en: under it.').min(2, 'Write at least two options.').optional(),
  rules: z.array(rule, 'Write a list: each rule starts with "- check: …", with a message under it.').optional(),
});

const step = z.strictObject({
  id: scenarioId,
  title: perLanguage,
  intro: perLanguage.optional(),
  fields: z.array(field, 'Write a list of fields: each starts with "- id: …".').min(1, 'A step needs at least one field: write one under fields:.'),
});

const schema = z.strictObject({
  id: scenarioId,
  agency: perLanguage,
  service: perLanguage,
  /** The practice e-ID scenario the learner logs in with. */
  login: scenarioId,
  person: z.strictObject({
    name: z.string('Write an invented name, like Eva Exempel.').min(1, 'Write an invented name, like Eva Exempel.'),
    number: z.string('Write the number in quotes, like "19450315-1239".').regex(/^\d{8}-\d{4}$/, 'Write twelve digits in quotes, like "19450315-1239".'),
  }),
  start: z.strictObject({ about: perLanguage, needs: textList, time: perLanguage, otherWays: perLanguage }),
  idle: z.strictObject({
    after: wholeNumber.min(30, 'Give the learner at least 30 seconds before the warning.').max(3600, 'Write at most 3600 seconds (an hour).'),
    warning: wholeNumber.min(20, 'WCAG 2.2.1 asks for at least 20 seconds to react: write 20 or more.').max(600, 'Write at most 600 seconds.'),
  }),
  steps: z.array(step, 'Write a list of steps: each starts with "- id: …".').min(1, 'Write at least one step.').max(6, 'Write at most 6 steps: a longer form is hard to follow.'),
  receipt: z.strictObject({
    title: perLanguage,
    reference: z.string('Write the reference number in quotes, like "ÖV-2026-4821".').regex(/^[A-ZÅÄÖ]{2,4}-[0-9-]{4,12}$/, 'Write letters, a hyphen and digits, like "ÖV-2026-4821".'),
    next: textList,
    cancel: z.strictObject({ button: perLanguage, done: perLanguage }).optional(),
    letter: z.strictObject({ subject: perLanguage, paragraphs: textList }),
  }),
});

type Schema = z.infer<typeof schema>;

/**
 * Whether a YYYYMMDD-NNNC number has the right check digit (the Luhn sum over
 * its last ten digits), so could be a real person's. The practice person's
 * never does. (Scenario files are build-time data and may not import the
 * host's browser code, whose looksLikePersonalNumber says the same.)
 */
function rightCheckDigit(number: string): boolean {
  const ten = number.replace('-', '').slice(-10);
  const sum = [...ten].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return sum % 10 === 0;
}
type RuleCheck = (typeof ruleChecks)[number];
export type FieldType = (typeof fieldTypes)[number];

export interface EServiceRule {
  check: RuleCheck;
  value?: number | string;
  message: string;
}

export interface EServiceField {
  id: string;
  type: FieldType;
  label: string;
  hint?: string;
  optional: boolean;
  options: { id: string; text: string }[];
  rules: EServiceRule[];
}

export interface EServiceStep {
  id: string;
  title: string;
  intro?: string;
  fields: EServiceField[];
}

/** A scenario of the practice e-service in one language, as the browser gets it. */
export interface EServiceScenario {
  id: string;
  /** The invented agency, such as Övningsverket. */
  agency: string;
  /** The service's name, the start page's heading. */
  service: string;
  /** The practice e-ID scenario of the login. */
  login: string;
  /** The invented practice person the login gives: the e-service never asks for a personal identity number. */
  person: { name: string; number: string };
  start: { about: string; needs: string[]; time: string; otherWays: string };
  /** Seconds without activity before "Du loggas snart ut", and the seconds the warning gives. */
  idle: { after: number; warning: number };
  steps: EServiceStep[];
  receipt: {
    title: string;
    reference: string;
    next: string[];
    cancel?: { button: string; done: string };
    letter: { subject: string; paragraphs: string[] };
  };
}

const texts = (list: readonly ({ id: string } & PerLanguage)[], language: 'sv' | 'en') => list.map((item) => item[language]);

function checkRules(scenario: Schema): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const fieldIds = scenario.steps.flatMap((one) => one.fields.map((each) => each.id));
  // The answers are kept by field id, so an id is the scenario's own, not only its step's.
  const seen = new Set<string>();
  scenario.steps.forEach((one, stepIndex) => {
    one.fields.forEach((each, fieldIndex) => {
      const at: FieldPath = ['steps', stepIndex, 'fields', fieldIndex];
      if (seen.has(each.id)) problems.push({ at: [...at, 'id'], message: `The field id "${each.id}" is used twice.`, fix: 'Give each field in the scenario an id of its own.' });
      seen.add(each.id);
      if (each.type === 'choice' && !each.options) problems.push({ at: [...at, 'type'], message: 'A choice field needs its options.', fix: 'Write options: with at least two items, each "- id: …" with sv: and en:.' });
      if (each.type !== 'choice' && each.options) problems.push({ at: [...at, 'options'], message: `A ${each.type} field has no options.`, fix: 'Remove options:, or write type: choice.' });
      if (each.options) problems.push(...duplicateIds(each.options, [...at, 'options']));
      const rules = each.rules ?? [];
      if (!each.optional && !rules.some((one) => one.check === 'required')) {
        problems.push({ at: [...at, 'id'], message: `The field "${each.id}" is not optional but has no required rule.`, fix: 'Add a rule "- check: required" with a message that says what to fill in, or write optional: true.' });
      }
      if (each.type === 'date' && rules[0]?.check !== 'date' && rules.find((one) => one.check !== 'required')?.check !== 'date') {
        problems.push({ at: [...at, 'type'], message: 'A date field needs a "date" rule before its other rules.', fix: 'Add "- check: date" with a message like "Du har fyllt i ett felaktigt datum." after the required rule.' });
      }
      rules.forEach((one, ruleIndex) => {
        const ruleAt: FieldPath = [...at, 'rules', ruleIndex];
        if (numberRules.has(one.check) && typeof one.value !== 'number') {
          problems.push({ at: [...ruleAt, 'check'], message: `The rule "${one.check}" needs a number as its value.`, fix: one.check === 'not-before' ? 'Write value: -7 (a week ago at the earliest).' : 'Write value: 5.' });
        }
        if (one.check === 'same-as' && (typeof one.value !== 'string' || !fieldIds.includes(one.value))) {
          problems.push({ at: [...ruleAt, 'check'], message: 'The rule "same-as" needs the id of another field as its value.', fix: `Write value: and one of: ${fieldIds.join(', ')}.` });
        }
        if ((one.check === 'not-before' || one.check === 'not-after') && each.type !== 'date') {
          problems.push({ at: [...ruleAt, 'check'], message: `The rule "${one.check}" is for date fields.`, fix: 'Write type: date, or remove the rule.' });
        }
        if (each.type === 'choice' && one.check !== 'required') problems.push({ at: [...ruleAt, 'check'], message: 'A choice field takes only the required rule.', fix: 'Remove this rule.' });
      });
    });
  });
  return problems;
}

export const eServiceKind = definePracticeKind({
  schema,
  examples: {
    agency: 'agency:\n  sv: Övningsverket\n  en: Övningsverket (practice agency)',
    service: 'service:\n  sv: Anmäl flytt\n  en: Report a move',
    login: 'login: login-this-device',
    person: 'person:\n  name: Eva Exempel\n  number: "19450315-1239"',
    idle: 'idle:\n  after: 300\n  warning: 120',
    message: 'message:\n  sv: Fyll i postnumret med 5 siffror.\n  en: Enter the postcode with 5 digits.',
    fields: 'fields:\n  - id: street\n    type: text\n    label:\n      sv: Gatuadress\n      en: Street address',
  },
  inLanguage(scenario, language): EServiceScenario {
    return {
      id: scenario.id,
      agency: scenario.agency[language],
      service: scenario.service[language],
      login: scenario.login,
      person: scenario.person,
      start: { about: scenario.start.about[language], needs: texts(scenario.start.needs, language), time: scenario.start.time[language], otherWays: scenario.start.otherWays[language] },
      idle: scenario.idle,
      steps: scenario.steps.map((one) => ({
        id: one.id,
        title: one.title[language],
        ...(one.intro ? { intro: one.intro[language] } : {}),
        fields: one.fields.map((each) => ({
          id: each.id,
          type: each.type,
          label: each.label[language],
          ...(each.hint ? { hint: each.hint[language] } : {}),
          optional: each.optional ?? false,
          options: (each.options ?? []).map((item) => ({ id: item.id, text: item[language] })),
          rules: (each.rules ?? []).map((one) => ({ check: one.check, ...(one.value === undefined ? {} : { value: one.value }), message: one.message[language] })),
        })),
      })),
      receipt: {
        title: scenario.receipt.title[language],
        reference: scenario.receipt.reference,
        next: texts(scenario.receipt.next, language),
        ...(scenario.receipt.cancel ? { cancel: { button: scenario.receipt.cancel.button[language], done: scenario.receipt.cancel.done[language] } } : {}),
        letter: { subject: scenario.receipt.letter.subject[language], paragraphs: texts(scenario.receipt.letter.paragraphs, language) },
      },
    };
  },
  check(scenario) {
    const problems = [...duplicateIds(scenario.steps, ['steps']), ...checkRules(scenario)];
    if (rightCheckDigit(scenario.person.number)) {
      problems.push({ at: ['person', 'number'], message: 'This number has a right check digit, so it could be a real person’s.', fix: 'Change the last digit so the check digit is wrong: practice never uses a number that could be real.' });
    }
    return problems;
  },
  references(scenario) {
    return [{ at: ['login'], kind: 'e-id', id: scenario.login }];
  },
});
