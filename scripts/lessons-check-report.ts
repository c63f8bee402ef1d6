/**
 * What `npm run lessons:check` prints and how it exits, as a function, so the
 * tests can call it in-process; scripts/lessons-check.ts only wires it to the
 * terminal.
 */
import type { LessonReadability } from '../src/lesson-pipeline/curriculum.ts';
import { limits } from '../src/lesson-pipeline/limits.ts';
import { formatProblem, formatProblems } from '../src/lesson-pipeline/problems.ts';
import { loadSite } from '../src/lesson-pipeline/site.ts';
import { join } from 'node:path';
import { defaultSitePagesDir, loadSitePages } from '../src/lesson-pipeline/site-pages.ts';

export interface LessonsCheckReport {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

/** The lessons, library.json and the pages in site-pages/ (the accessibility statement, privacy), as the build checks them. */
export function lessonsCheckReport(dir: string, libraryPath: string, sitePagesDir = defaultSitePagesDir()): LessonsCheckReport {
  const site = loadSite(dir, libraryPath);
  const { curriculum } = site;
  const problems = [...site.problems, ...loadSitePages(sitePagesDir).problems];
  const table = curriculum.readability.length > 0 ? `${readabilityTable(curriculum.readability)}\n` : '';
  // A warning, not a problem: a lesson works for learners without notes, but an instructor has nothing to go on.
  const withoutNotes = curriculum.lessons
    .filter((lesson) => !curriculum.instructorNotes.has(`${lesson.lang}/${lesson.id}`))
    .map((lesson) => ({
      file: join(dir, lesson.module, `${lesson.id}.${lesson.lang}.md`).split('\\').join('/'),
      line: 1,
      column: 1,
      message: 'the lesson has no instructor notes.',
      fix: 'Write :::instructor notes in its steps, or instructor: with preparation:, stumbles: and discussion: in its front matter.',
    }));
  // Said once the lessons have no problems: until then the problems come first.
  const allWarnings = [...curriculum.warnings, ...(problems.length > 0 ? [] : withoutNotes)];
  const warnings = allWarnings.length > 0 ? `${formatWarnings(allWarnings)}\n` : '';
  if (problems.length > 0) return { exitCode: 1, stdout: table, stderr: `${warnings}${formatProblems(problems)}\n` };

  const languages = new Set(curriculum.lessons.map((lesson) => lesson.lang));
  const lessonCount = curriculum.lessons.length / Math.max(languages.size, 1);
  return {
    exitCode: 0,
    stdout: `${table}Nätvana lessons: no problems. ${curriculum.modules.length} modules shown, ${lessonCount} lessons in ${languages.size} languages (${curriculum.files.length} files checked).\n`,
    stderr: warnings,
  };
}

/** One line per lesson file: the lesson, its steps, LIX or Flesch reading ease, the longest sentence in words. */
export function readabilityTable(rows: readonly LessonReadability[]): string {
  const header = ['lesson', 'steps', 'readability', 'longest sentence', ''];
  const lines = rows.map((row) => [
    row.file,
    String(row.steps),
    `${row.measure} ${row.score.toFixed(1)}`,
    `${row.longest} words`,
    row.ok ? 'ok' : row.measure === 'LIX' ? `too hard (over ${limits.readability.lixMax})` : `too hard (under ${limits.readability.fleschMin})`,
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const rules = `Readability: LIX for Swedish (at most ${limits.readability.lixMax}), Flesch reading ease for English (at least ${limits.readability.fleschMin}).`;
  return [rules, format(header), ...lines.map(format)].join('\n');
}

function formatWarnings(warnings: readonly { file: string; line: number; column: number; message: string; fix: string }[]): string {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return `${warnings.map((warning) => formatProblem({ ...warning, message: `Warning: ${warning.message}` })).join('\n')}\n\nNätvana lessons: ${count} (they do not stop the build).`;
}
