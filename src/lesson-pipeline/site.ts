import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type PracticeKindRegistry, practiceKinds } from '../practice/registry.ts';
import { type Curriculum, loadCurriculum } from './curriculum.ts';
import { type LoadedLibraryConfig, loadLibraryConfig } from './library-config.ts';
import { type Problem, ProblemList } from './problems.ts';
import { reportUnexpected } from './author-files.ts';
import { lessonLinksOf } from './walk.ts';

export interface Site {
  /** What the library shows: its modules, in its order, with their lessons. */
  curriculum: Curriculum;
  library: LoadedLibraryConfig;
  /** Every problem in the lessons and in library.json. */
  problems: Problem[];
}

/** Everything a library authors, read and checked together: the lessons and library.json. */
export function loadSite(lessonsDir: string, libraryPath: string, kinds: PracticeKindRegistry = practiceKinds): Site {
  try {
    return readSite(lessonsDir, libraryPath, kinds);
  } catch (error) {
    // Each file is already guarded; this is the last net, so `lessons:check` never ends in a stack trace.
    const list = new ProblemList(relative(process.cwd(), resolve(lessonsDir)).split(sep).join('/') || '.');
    reportUnexpected(error, list);
    const curriculum: Curriculum = { modules: [], lessons: [], instructorNotes: new Map(), glossary: { sv: [], en: [] }, practiceScenarios: new Map(), problems: list.items, warnings: [], readability: [], files: [] };
    const library = loadLibraryConfig(libraryPath, []);
    return { curriculum, library, problems: list.items };
  }
}

function readSite(lessonsDir: string, libraryPath: string, kinds: PracticeKindRegistry): Site {
  const curriculum = loadCurriculum(lessonsDir, process.cwd(), kinds);
  const library = loadLibraryConfig(libraryPath, curriculum.modules.map((module) => module.id));
  const problems = [...curriculum.problems, ...library.problems, ...hiddenLinkProblems(curriculum, library, lessonsDir)];
  return { curriculum: shownPart(curriculum, library), library, problems };
}

/** Only the modules the library shows, in its order, and their lessons. */
function shownPart(curriculum: Curriculum, library: LoadedLibraryConfig): Curriculum {
  const shown = library.config.modules;
  const lessons = shown.flatMap((id) => curriculum.lessons.filter((lesson) => lesson.module === id));
  const shownKeys = new Set(lessons.map((lesson) => `${lesson.lang}/${lesson.id}`));
  return {
    ...curriculum,
    modules: shown.flatMap((id) => curriculum.modules.filter((module) => module.id === id)),
    lessons,
    instructorNotes: new Map([...curriculum.instructorNotes].filter(([key]) => shownKeys.has(key))),
  };
}

/** A shown lesson must not link to a lesson the library hides: the link would lead nowhere. */
function hiddenLinkProblems(curriculum: Curriculum, library: LoadedLibraryConfig, lessonsDir: string): Problem[] {
  if (library.problems.length > 0) return [];
  const shown = new Set(library.config.modules);
  const moduleOf = new Map(curriculum.lessons.map((lesson) => [lesson.id, lesson.module]));
  return curriculum.lessons
    .filter((lesson) => shown.has(lesson.module))
    .flatMap((lesson) =>
      lessonLinksOf(lesson)
        .filter((target) => !shown.has(moduleOf.get(target) ?? ''))
        .map((target) => ({
          ...whereLinked(join(resolve(lessonsDir), lesson.module, `${lesson.id}.${lesson.lang}.md`), `${target}.${lesson.lang}.md`),
          column: 1,
          message: `The lesson links to "${target}", in the module "${moduleOf.get(target) ?? '?'}", which library.json does not show.`,
          fix: `Add "${moduleOf.get(target) ?? ''}" to "modules" in library.json, or remove the link.`,
        })),
    );
}


/** The file and line of the first link to `targetFile` in a lesson file. */
function whereLinked(path: string, targetFile: string): { file: string; line: number } {
  const file = relative(process.cwd(), path).split(sep).join('/');
  if (!existsSync(path)) return { file, line: 1 };
  const index = readFileSync(path, 'utf8').split('\n').findIndex((line) => line.includes(targetFile));
  return { file, line: index + 1 || 1 };
}
