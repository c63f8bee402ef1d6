import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import type { EServiceScenario } from '../../src/practice/e-service/scenario.ts';
import { check, eIdScenarioYaml, goodCurriculum, writeLessons } from './lesson-folder.ts';

const file = 'practice/e-service/errand.yaml';
const login = { 'practice/e-id/log-in.yaml': eIdScenarioYaml() };

/** A good e-service scenario; line numbers are counted in the tests below. */
function errandYaml(): string {
  return [
    'id: errand', // 1
    'agency:',
    '  sv: Provby verk',
    '  en: Provby agency',
    'service:', // 5
    '  sv: Ett ärende',
    '  en: An errand',
    'login: log-in', // 8
    'person:',
    '  name: Pia Prov', // 10
    '  number: "19610212-3457"', // 11
    'start:',
    '  about:',
    '    sv: Om tjänsten.',
    '    en: About the service.', // 15
    '  needs:',
    '    - id: e-id',
    '      sv: e-legitimation',
    '      en: e-ID',
    '  time:', // 20
    '    sv: 2 minuter.',
    '    en: 2 minutes.',
    '  otherWays:',
    '    sv: Ring oss.',
    '    en: Phone us.', // 25
    'idle:',
    '  after: 300',
    '  warning: 120',
    'steps:',
    '  - id: address', // 30
    '    title:',
    '      sv: Adressen',
    '      en: The address',
    '    fields:',
    '      - id: zip', // 35
    '        type: text', // 36
    '        label:',
    '          sv: Postnummer',
    '          en: Postcode',
    '        rules:', // 40
    '          - check: required', // 41
    '            message:',
    '              sv: Fyll i ett postnummer.',
    '              en: Enter a postcode.',
    '          - check: digits', // 45
    '            value: 5',
    '            message:',
    '              sv: Fyll i postnumret med 5 siffror.',
    '              en: Enter the postcode with 5 digits.',
    'receipt:', // 50
    '  title:',
    '    sv: Skickat',
    '    en: Sent',
    '  reference: "PV-2026-0001"',
    '  next:', // 55
    '    - id: read',
    '      sv: Vi läser det.',
    '      en: We read it.',
    '  letter:',
    '    subject:', // 60
    '      sv: Tack',
    '      en: Thank you',
    '    paragraphs:',
    '      - id: thanks',
    '        sv: Tack.', // 65
    '        en: Thank you.',
    '',
  ].join('\n');
}

const lines = (text: string) => text.split('\n');
function replaceLine(line: number, ...replacement: string[]): string {
  const all = lines(errandYaml());
  all.splice(line - 1, 1, ...replacement);
  return all.join('\n');
}

describe('e-service scenario files', () => {
  it('compiles a good scenario with its login, fields and rules in one language', () => {
    const dir = writeLessons({ ...goodCurriculum(), ...login, [file]: errandYaml() });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    const scenario = curriculum.practiceScenarios.get('sv/e-service/errand') as EServiceScenario | undefined;
    expect(scenario?.login).toBe('log-in');
    expect(scenario?.steps[0]?.fields[0]).toEqual({
      id: 'zip',
      type: 'text',
      label: 'Postnummer',
      optional: false,
      options: [],
      rules: [
        { check: 'required', message: 'Fyll i ett postnummer.' },
        { check: 'digits', value: 5, message: 'Fyll i postnumret med 5 siffror.' },
      ],
    });
    expect((curriculum.practiceScenarios.get('en/e-service/errand') as EServiceScenario | undefined)?.receipt.next).toEqual(['We read it.']);
  });

  it('refuses an unknown field type, at its line', () => {
    expect(check({ ...login, [file]: replaceLine(36, '        type: slider') })).toEqual([expect.objectContaining({ file, line: 36, message: expect.stringContaining('text, email, date, choice, long-text, secret') })]);
  });

  it('refuses a step with no fields, at its line', () => {
    const all = lines(errandYaml());
    all.splice(33, 16, '    fields: []');
    expect(check({ ...login, [file]: all.join('\n') })).toEqual([expect.objectContaining({ file, line: 34, message: expect.stringContaining('at least one field') })]);
  });

  it('refuses a rule without a message, at the rule', () => {
    const all = lines(errandYaml());
    all.splice(46, 3);
    expect(check({ ...login, [file]: all.join('\n') })).toEqual([expect.objectContaining({ file, line: 45, message: expect.stringMatching(/The field "\S*message" is missing\./) })]);
  });

  it('refuses a login that names no practice e-ID scenario, at the login line', () => {
    expect(check({ [file]: errandYaml() })).toEqual([expect.objectContaining({ file, line: 8, message: expect.stringContaining('log-in') })]);
  });

  it('refuses a rule that needs a value without one, and a required field with no required rule', () => {
    const noValue = lines(errandYaml());
    noValue.splice(45, 1);
    expect(check({ ...login, [file]: noValue.join('\n') })).toEqual([expect.objectContaining({ file, line: 45, message: 'The rule "digits" needs a number as its value.' })]);
    const noRequired = lines(errandYaml());
    noRequired.splice(40, 4);
    expect(check({ ...login, [file]: noRequired.join('\n') })).toEqual([expect.objectContaining({ file, line: 35, message: expect.stringContaining('has no required rule') })]);
  });

  it('refuses a practice person whose number could be a real one', () => {
    expect(check({ ...login, [file]: replaceLine(11, '  number: "19480923-4562"') })).toEqual([expect.objectContaining({ file, line: 11, message: expect.stringContaining('check digit') })]);
  });
});
