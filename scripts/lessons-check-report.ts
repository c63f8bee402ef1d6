/**
 * What `npm run lessons:check` prints and how it exits, as a function, so the
 * tests can call it in-process; scripts/lessons-check.ts only wires it to the
 * terminal.
 */
import { formatProblems } from '../src/lesson-pipeline/problems.ts';
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
  if (problems.length > 0) return { exitCode: 1, stdout: '', stderr: `${formatProblems(problems)}\n` };

  // A warning, not a problem: a lesson works for learners without notes, but an instructor has nothing to go on.
  const warnings = curriculum.lessons
    .filter((lesson) => !curriculum.instructorNotes.has(`${lesson.lang}/${lesson.id}`))
    .map(
      (lesson) =>
        `${join(dir, lesson.module, `${lesson.id}.${lesson.lang}.md`).split('\\').join('/')}:1:1  Warning: the lesson has no instructor notes.  Write :::instructor notes in its steps, or instructor: with preparation:, stumbles: and discussion: in its front matter.\n`,
    )
    .join('');
  const languages = new Set(curriculum.lessons.map((lesson) => lesson.lang));
  const lessonCount = curriculum.lessons.length / Math.max(languages.size, 1);
  return {
    exitCode: 0,
    stdout: `${warnings}Nätvana lessons: no problems. ${curriculum.modules.length} modules shown, ${lessonCount} lessons in ${languages.size} languages (${curriculum.files.length} files checked).\n`,
    stderr: '',
  };
}
