import { describe, expect, it } from 'vitest';
import { limits } from '../../src/lesson-pipeline/limits.ts';
import { check, checkLesson, lesson, moduleYaml, twoMoreSteps } from './lesson-folder.ts';

const file = 'email/what-is-email.sv.md';

/** A body whose first step holds `text`; the text starts on line 14. */
const firstStep = (text: string) => `\n## Ett\n\n${text}\n${twoMoreSteps}`;

describe('limits: every input ends in a message, never a crash or a stall', () => {
  it('refuses blockquotes nested a thousand deep, at their line', () => {
    expect(checkLesson(firstStep(`${'>'.repeat(1000)} djupt`))).toEqual([
      { file, line: 14, column: 1, message: `Quotes and lists are nested 1000 deep on this line; at most ${limits.nestingDepth} are allowed.`, fix: expect.stringContaining('at most') },
    ]);
  });

  it('refuses blockquotes nested a hundred thousand deep', () => {
    expect(checkLesson(firstStep(`${'> '.repeat(100_000)}x`))[0]).toMatchObject({ file, line: 14, message: expect.stringContaining('nested 100000 deep') });
  });

  it('refuses lists in quotes in lists, just over the limit, found in the parsed lesson', () => {
    const text = Array.from({ length: limits.nestingDepth + 1 }, (_, level) => `${'  '.repeat(level)}- nivå ${level + 1}`).join('\n');
    expect(checkLesson(firstStep(text))).toEqual([expect.objectContaining({ file, message: `Quotes, lists and boxes are nested ${limits.nestingDepth + 1} deep here; at most ${limits.nestingDepth} are allowed.` })]);
  });

  it('does not count a line across (* * * * * * * *) as nested lists', () => {
    expect(checkLesson(firstStep('Ovan.\n\n* * * * * * * *\n\nNedan.'))).toEqual([]);
  });

  it('accepts nesting up to the limit', () => {
    const text = Array.from({ length: limits.nestingDepth }, (_, level) => `${'  '.repeat(level)}- nivå ${level + 1}`).join('\n');
    expect(checkLesson(firstStep(text))).toEqual([]);
  });

  it('refuses boxes nested deeper than the limit, before reading them (they take the Markdown reader minutes)', () => {
    const started = Date.now();
    const problems = checkLesson(firstStep(':::tip\n'.repeat(3000)));
    expect(problems[0]).toMatchObject({ file, line: 14 + limits.nestingDepth, message: expect.stringContaining('Boxes (:::) are nested') });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a paragraph with thousands of * (which takes the Markdown reader minutes)', () => {
    const started = Date.now();
    expect(checkLesson(firstStep(`${'*a '.repeat(4000)}b${'*'.repeat(4000)}`))[0]).toMatchObject({ file, line: 14, message: expect.stringContaining('of the characters * _ [') });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a lesson file larger than the limit', () => {
    expect(check({ [file]: lesson(firstStep('Text. '.repeat(40_000))) })).toEqual([
      { file, line: 1, column: 1, message: expect.stringMatching(/^The file is 23\d kB; at most 200 kB is allowed\.$/), fix: expect.any(String) },
    ]);
  });

  it('refuses a quiz inside a quiz (a form inside a form)', () => {
    const problems = checkLesson(
      firstStep(`::::quiz
Fråga?

:::quiz
Inre fråga?

- [x] Ja
  Rätt.
- [ ] Nej
  Fel.
:::

- [x] Ja
  Rätt.
- [ ] Nej
  Fel.
::::`),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file, line: 17, column: 1, message: 'A quiz is inside another quiz.' }));
  });

  it('refuses YAML with exponential aliases in a glossary, a module file and front matter', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const expected = { line: 1, column: 1, message: `This YAML uses aliases (*name) too often; at most ${limits.yamlAliases} are allowed.`, fix: expect.any(String) };
    expect(check({ 'glossary/sv.yaml': `${bomb}\n` })).toContainEqual({ file: 'glossary/sv.yaml', ...expected });
    expect(check({ 'email/module.yaml': `${moduleYaml('email')}${bomb}\n` })).toContainEqual({ file: 'email/module.yaml', ...expected });
    expect(check({ [file]: `---\n${bomb}\n---\n${twoMoreSteps}` })).toContainEqual({ file, ...expected, line: 2 });
  });

  it('refuses YAML nested far too deep with a message, not a stack trace', () => {
    const problems = check({ 'glossary/sv.yaml': `${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatchObject({ file: 'glossary/sv.yaml', line: expect.any(Number), message: expect.any(String) });
  });
});
