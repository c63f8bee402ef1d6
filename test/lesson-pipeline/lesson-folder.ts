import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import type { Problem } from '../../src/lesson-pipeline/problems.ts';

/** Relative path → file content. `undefined` leaves a file of the base curriculum out. */
export type LessonFiles = Record<string, string | undefined>;

export interface FrontMatterFields {
  id?: string;
  module?: string;
  order?: number;
}

/**
 * Lines 1–11 of every test lesson, ending with the closing `---` on line 11.
 * A body written as a template literal that starts with a newline therefore
 * has its first line on line 12.
 */
export function frontMatter(lang: 'sv' | 'en' = 'sv', { id = 'what-is-email', module = 'email', order = 1 }: FrontMatterFields = {}): string {
  return [
    '---',
    `id: ${id}`,
    `module: ${module}`,
    `lang: ${lang}`,
    lang === 'sv' ? 'title: Vad är e-post?' : 'title: What is email?',
    lang === 'sv' ? 'summary: Du får veta vad e-post är.' : 'summary: You learn what email is.',
    `order: ${order}`,
    'minutes: 10',
    'objectives:',
    lang === 'sv' ? '  - Du vet vad e-post är.' : '  - You know what email is.',
    '---',
  ].join('\n');
}

/** Steps two and three, to follow a first step that holds the problem under test. */
export const twoMoreSteps = `
## Två

Text två.

## Tre

Text tre.
`;

/** Three good steps, for a body whose problem is elsewhere. */
export const threeSteps = `
## Ett

Text ett.

## Två

Text två.

## Tre

Text tre.
`;

export function lesson(body: string, lang: 'sv' | 'en' = 'sv', fields: FrontMatterFields = {}): string {
  return frontMatter(lang, fields) + body;
}

export function moduleYaml(id: string, order = 1, picture = 'picture.svg'): string {
  return [
    `id: ${id}`,
    `order: ${order}`,
    `picture: ${picture}`,
    'title:',
    `  sv: Modul ${id}`,
    `  en: Module ${id}`,
    'summary:',
    '  sv: En kort mening.',
    '  en: One short sentence.',
    '',
  ].join('\n');
}

/** A good practice e-ID scenario, lines 1–20; its id is on line 1. */
export function eIdScenarioYaml(id = 'log-in'): string {
  return [
    `id: ${id}`,
    'action: login',
    'way: other-device',
    'service:',
    '  sv: Provby kommun',
    '  en: Provby municipality',
    'page:',
    '  sv: Mina sidor',
    '  en: My pages',
    'task:',
    '  sv: Logga in.',
    '  en: Log in.',
    'intent:',
    '  sv: Du loggar in på Mina sidor.',
    '  en: You are logging in to My pages.',
    'done:',
    '  sv: Du är inloggad.',
    '  en: You are logged in.',
    'code: "135246"',
    'seconds: 60',
    '',
  ].join('\n');
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" aria-hidden="true"/>\n';

/** A curriculum with no problems: one module, `email`, with one lesson in both languages. */
export function goodCurriculum(): LessonFiles {
  return {
    'glossary/sv.yaml': 'email:\n  term: e-post\n  definition: Brev som du skickar på datorn.\n',
    'glossary/en.yaml': 'email:\n  term: email\n  definition: Letters you send on the computer.\n',
    'images/at-key.svg': svg,
    'email/module.yaml': moduleYaml('email'),
    'email/picture.svg': svg,
    'email/what-is-email.sv.md': lesson(threeSteps, 'sv'),
    'email/what-is-email.en.md': lesson(threeSteps, 'en'),
  };
}

/** Writes the files to a fresh folder, removed again when the test ends. */
export function writeLessons(files: LessonFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'natvana-lessons-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The problems of the good curriculum with `changes` applied; file paths are relative to the lessons folder. */
export function check(changes: LessonFiles): Problem[] {
  const dir = writeLessons({ ...goodCurriculum(), ...changes });
  return loadCurriculum(dir, dir).problems;
}

/** The problems when the Swedish lesson has this body under the standard front matter. */
export function checkLesson(body: string): Problem[] {
  return check({ 'email/what-is-email.sv.md': lesson(body) });
}
