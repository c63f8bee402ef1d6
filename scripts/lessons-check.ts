/**
 * `npm run lessons:check`: checks every lesson, module and glossary file and
 * prints each problem as `file:line:column  message  how to fix`.
 */
import { loadCurriculum } from '../src/lesson-pipeline/curriculum.ts';
import { formatProblems } from '../src/lesson-pipeline/problems.ts';

const dir = process.argv[2] ?? 'lessons';
const curriculum = loadCurriculum(dir);

if (curriculum.problems.length > 0) {
  console.error(formatProblems(curriculum.problems));
  process.exit(1);
}

const languages = new Set(curriculum.lessons.map((lesson) => lesson.lang));
const lessonCount = curriculum.lessons.length / Math.max(languages.size, 1);
console.log(
  `Nätvana lessons: no problems. ${curriculum.modules.length} modules, ${lessonCount} lessons in ${languages.size} languages (${curriculum.files.length} files checked).`,
);
