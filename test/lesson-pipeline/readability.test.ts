import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonsCheckReport } from '../../scripts/lessons-check-report.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { limits } from '../../src/lesson-pipeline/limits.ts';
import { parseMarkdown } from '../../src/lesson-pipeline/markdown/parse.ts';
import { learnerText, readabilityOf } from '../../src/lesson-pipeline/readability.ts';
// @ts-expect-error: the writers' tool is plain JavaScript, without types.
import { readability as writersTool } from './readability-tool.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const library = 'test/fixtures/library-first-steps.json';
const fixtures = join(projectRoot, 'test/fixtures');

/** Every fixture lesson file, as a path under test/fixtures. */
function fixtureLessons(): string[] {
  return readdirSync(fixtures)
    .filter((folder) => folder.startsWith('lessons-'))
    .flatMap((folder) =>
      readdirSync(join(fixtures, folder), { recursive: true, encoding: 'utf8' })
        .filter((path) => /\.(sv|en)\.md$/.test(path))
        .map((path) => join(folder, path)),
    );
}

const toolScore = (path: string, language: 'sv' | 'en'): number => {
  // The tool reads a heading's {#step-id} as words; the learner never sees it, so lessons:check leaves it out.
  const source = readFileSync(join(fixtures, path), 'utf8').replace(/\s*\{#[^{}]*\}[ \t]*$/gm, '');
  return (writersTool(source, language) as { score: number }).score;
};

describe('readability: LIX for Swedish, Flesch reading ease for English', () => {
  it('scores every fixture lesson within 1 point of the lesson writers’ tool', () => {
    const folders = readdirSync(fixtures).filter((folder) => folder.startsWith('lessons-'));
    const rows = folders.flatMap((folder) => loadCurriculum(join(fixtures, folder), projectRoot).readability);
    expect(rows.map((row) => row.file).sort()).toEqual(fixtureLessons().map((path) => `test/fixtures/${path}`).sort());
    for (const row of rows) {
      const path = row.file.replace('test/fixtures/', '');
      const difference = Math.abs(row.score - toolScore(path, row.lang));
      expect(difference, `${path}: lessons:check ${row.score.toFixed(1)}, the tool ${toolScore(path, row.lang).toFixed(1)}`).toBeLessThan(1);
    }
  });

  it('gives each lesson file a row: steps, score and longest sentence, as lessons:check prints them', () => {
    const { readability } = loadCurriculum(join(fixtures, 'lessons-readability'), projectRoot);
    const row = readability.find((entry) => entry.file === 'test/fixtures/lessons-readability/first-steps/use-the-mouse.sv.md');
    expect(row).toMatchObject({ id: 'use-the-mouse', lang: 'sv', steps: 3, measure: 'LIX', longest: 7, ok: true });
    const report = lessonsCheckReport('test/fixtures/lessons-readability', library);
    expect(report.stdout).toMatch(/test\/fixtures\/lessons-readability\/first-steps\/use-the-mouse\.sv\.md +3 +LIX \d+\.\d +7 words +ok/);
    expect(report.stdout).toMatch(/use-the-mouse\.en\.md +3 +Flesch \d+\.\d +9 words +ok/);
  });

  it('passes an easy lesson', () => {
    const report = lessonsCheckReport('test/fixtures/lessons-readability', library);
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain('Nätvana lessons: no problems.');
  });

  it('fails a Swedish lesson above LIX 40 and an English one below Flesch 70, naming the file and the sentences to shorten', () => {
    const report = lessonsCheckReport('test/fixtures/lessons-too-hard', library);
    expect(report.exitCode).toBe(1);
    const lines = report.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^test/fixtures/lessons-too-hard/first-steps/use-the-mouse\\.sv\\.md:17:1 {2}The lesson is too hard to read: LIX 4\\d\\.\\d; at most ${limits.readability.lixMax} is allowed\\. {2}Shorten the longest sentences: line 17 \\(22 words\\) "Vänsterklickning innebär.*; line 15 \\(20 words\\) "Datormusen`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^test\/fixtures\/lessons-too-hard\/first-steps\/use-the-mouse\.en\.md:15:1 {2}The lesson is too hard to read: Flesch reading ease \d\d\.\d; at least 70 is needed\. {2}Shorten the longest sentences: line 15 \(28 words\) "The computer mouse is an input apparatus.*; line 17 \(24 words\) "Activation/,
      ),
    );
    expect(lines).toContain('Nätvana lessons: 2 problems. The app is not built until every problem is fixed.');
    expect(report.stdout).toMatch(/use-the-mouse\.sv\.md +3 +LIX 4\d\.\d +22 words +too hard \(over 40\)/);
  });

  it('does not count instructor notes (their long sentences would fail the lesson)', () => {
    const source = readFileSync(join(fixtures, 'lessons-readability/first-steps/use-the-mouse.sv.md'), 'utf8');
    const text = learnerText(parseMarkdown(source), undefined).map((unit) => unit.text).join(' ');
    expect(text).toContain('Du styr pilen med musen.');
    expect(text).toContain('Ta det lugnt');
    expect(text).toContain('Inte riktigt. Den högra öppnar en meny. Prova igen.');
    expect(text).not.toContain('handledaren');
    const withNotes = readabilityOf(learnerText(parseMarkdown(source), undefined), 'sv');
    const notesAsText = readabilityOf(learnerText(parseMarkdown(source.replace(':::instructor\n', '')), undefined), 'sv');
    expect(withNotes.ok).toBe(true);
    expect(notesAsText.score).toBeGreaterThan(limits.readability.lixMax);
  });

  it('does not count step ids, practice directives or the front matter’s ids', () => {
    const source = '---\nid: x\n---\n\n## Klicka {#click-with-the-left-button}\n\n::practice{kind=e-id scenario=login-other-device}\n\nKlicka nu.\n';
    expect(learnerText(parseMarkdown(source), undefined).map((unit) => unit.text)).toEqual(['Klicka', 'Klicka nu.']);
  });
});

describe('glossary synonyms', () => {
  it('warns, with file and line, when a lesson uses a synonym instead of the term, and still passes', () => {
    const report = lessonsCheckReport('test/fixtures/lessons-readability', library);
    expect(report.exitCode).toBe(0);
    const lines = report.stderr.split('\n');
    expect(lines).toContain(
      'test/fixtures/lessons-readability/first-steps/move-the-mouse.sv.md:17:8  Warning: "datormusen" is another word for "mus" (mouse in the glossary).  Write "mus", so the lessons use one word for one thing.',
    );
    expect(lines).toContain(
      'test/fixtures/lessons-readability/first-steps/move-the-mouse.en.md:17:10  Warning: "pointing device" is another word for "mouse" (mouse in the glossary).  Write "mouse", so the lessons use one word for one thing.',
    );
    expect(lines).toContain('Nätvana lessons: 2 warnings (they do not stop the build).');
  });

  it('does not warn for the term itself, nor for a synonym in instructor notes', () => {
    const { warnings } = loadCurriculum(join(fixtures, 'lessons-readability'), projectRoot);
    expect(warnings.map((warning) => warning.file)).toEqual([
      'test/fixtures/lessons-readability/first-steps/move-the-mouse.en.md',
      'test/fixtures/lessons-readability/first-steps/move-the-mouse.sv.md',
    ].sort());
  });

  it('keeps synonyms out of the glossary the learner sees', () => {
    const { glossary } = loadCurriculum(join(fixtures, 'lessons-readability'), projectRoot);
    expect(glossary.sv).toEqual([{ id: 'mouse', term: 'mus', definition: expect.any(String) }]);
  });
});
