import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import type { EIdScenario } from '../../src/practice/e-id/scenario.ts';
import { check, eIdScenarioYaml, goodCurriculum, writeLessons } from './lesson-folder.ts';

const file = 'practice/e-id/log-in.yaml';
const without = (field: string) => eIdScenarioYaml().replace(new RegExp(`^${field}:.*\\n(  .*\\n)*`, 'm'), '');

describe('practice scenario files', () => {
  it('compiles a good scenario once per language, with only that language’s text', () => {
    const dir = writeLessons({ ...goodCurriculum(), [file]: eIdScenarioYaml() });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    expect(curriculum.practiceScenarios.get('sv/e-id/log-in')).toEqual({
      id: 'log-in',
      action: 'login',
      way: 'other-device',
      service: 'Provby kommun',
      page: 'Mina sidor',
      task: 'Logga in.',
      intent: 'Du loggar in på Mina sidor.',
      done: 'Du är inloggad.',
      code: '135246',
      seconds: 60,
      expired: false,
    });
    expect((curriculum.practiceScenarios.get('en/e-id/log-in') as EIdScenario | undefined)?.intent).toBe('You are logging in to My pages.');
  });

  it('compiles the fraud call’s lines and signs with their ids', () => {
    const call = [
      'call:',
      '  from:',
      '    sv: Okänt nummer',
      '    en: Unknown number',
      '  says:',
      '    - id: hello',
      '      sv: Hej.',
      '      en: Hello.',
      '  signs:',
      '    - id: urgency',
      '      sv: Det är bråttom.',
      '      en: It is urgent.',
      '',
    ].join('\n');
    const dir = writeLessons({ ...goodCurriculum(), [file]: eIdScenarioYaml() + call });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    expect((curriculum.practiceScenarios.get('en/e-id/log-in') as EIdScenario | undefined)?.call).toEqual({
      from: 'Unknown number',
      says: [{ id: 'hello', text: 'Hello.' }],
      signs: [{ id: 'urgency', text: 'It is urgent.' }],
    });
  });

  it('refuses a missing field, at the file and the first line', () => {
    expect(check({ [file]: without('intent') })).toEqual([
      expect.objectContaining({ file, line: 1, message: 'The field "intent" is missing.', fix: expect.stringContaining('intent:') }),
    ]);
  });

  it('refuses a missing language at the line of its field', () => {
    const source = eIdScenarioYaml().replace('  en: My pages\n', '');
    expect(check({ [file]: source })).toEqual([expect.objectContaining({ file, line: 8, message: 'The field "page.en" is missing.' })]);
  });

  it('refuses a wrong value and an unknown field at their lines', () => {
    const source = eIdScenarioYaml().replace('action: login', 'action: pay').replace('seconds: 60', 'seconds: 60\ncolour: blue');
    expect(check({ [file]: source })).toEqual([
      expect.objectContaining({ file, line: 2, message: expect.stringContaining('The field "action" is not right: Write login') }),
      expect.objectContaining({ file, line: 21, message: 'Unknown field "colour".' }),
    ]);
  });

  it('refuses a code that is not six digits', () => {
    expect(check({ [file]: eIdScenarioYaml().replace('"135246"', '"1234"') })).toEqual([
      expect.objectContaining({ file, line: 19, message: expect.stringContaining('Write six digits') }),
    ]);
  });

  it('refuses an id that is not the file name', () => {
    expect(check({ [file]: eIdScenarioYaml('log-out') })).toEqual([
      expect.objectContaining({ file, line: 1, message: 'The id "log-out" is not the same as the file name "log-in".' }),
    ]);
  });

  it('refuses a scenario of an unknown kind, and names the kinds there are', () => {
    expect(check({ 'practice/bank/log-in.yaml': eIdScenarioYaml() })).toEqual([
      expect.objectContaining({ file: 'practice/bank/log-in.yaml', line: 1, message: 'There is no practice kind "bank".', fix: expect.stringContaining('e-id') }),
    ]);
  });

  it('refuses the same id twice in the fraud call’s signs, at the second', () => {
    const call = ['call:', '  from:', '    sv: Okänt nummer', '    en: Unknown number', '  says:', '    - id: hello', '      sv: Hej.', '      en: Hello.', '  signs:', '    - id: urgency', '      sv: Det är bråttom.', '      en: It is urgent.', '    - id: urgency', '      sv: Bråttom igen.', '      en: Urgent again.', ''].join('\n');
    expect(check({ [file]: eIdScenarioYaml() + call })).toEqual([
      expect.objectContaining({ file, line: 33, message: 'The id "urgency" is used twice in this list.' }),
    ]);
  });

  it('refuses a file name that is not an id', () => {
    expect(check({ 'practice/e-id/Log In.yaml': eIdScenarioYaml() })).toEqual([
      expect.objectContaining({ file: 'practice/e-id/Log In.yaml', line: 1, message: 'The file name "Log In.yaml" does not follow the rule.' }),
    ]);
  });

  it('is not taken for a module', () => {
    const dir = writeLessons({ ...goodCurriculum(), [file]: eIdScenarioYaml() });
    expect(loadCurriculum(dir, dir).modules.map((module) => module.id)).toEqual(['email']);
  });
});
