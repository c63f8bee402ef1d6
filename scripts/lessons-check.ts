/**
 * `npm run lessons:check`: checks every lesson, module and glossary file and
 * prints each problem as `file:line:column  message  how to fix`.
 * Usage: npm run lessons:check [lessons folder] [library.json]
 */
import { formatProblems } from '../src/lesson-pipeline/problems.ts';
import { loadSite } from '../src/lesson-pipeline/site.ts';

const dir = process.argv[2] ?? process.env.NATVANA_LESSONS ?? 'lessons';
const libraryPath = process.argv[3] ?? process.env.NATVANA_LIBRARY ?? 'public/library.json';
const { curriculum, problems } = loadSite(dir, libraryPath);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}

const languages = new Set(curriculum.lessons.map((lesson) => lesson.lang));
const lessonCount = curriculum.lessons.length / Math.max(languages.size, 1);
console.log(
  `Nätvana lessons: no problems. ${curriculum.modules.length} modules shown, ${lessonCount} lessons in ${languages.size} languages (${curriculum.files.length} files checked).`,
);
