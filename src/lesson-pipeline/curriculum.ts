import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'zod';
import type { CompiledLesson, GlossaryEntry, InstructorNotes, ModuleSummary } from '../content/types.ts';
import { type LessonLanguage, isLessonLanguage, lessonLanguages } from '../i18n/languages.ts';
import { readAuthorFile, reportUnexpected } from './author-files.ts';
import { type CompiledLessonFile, type LessonSources, compileLesson } from './compile-lesson.ts';
import { limits } from './limits.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { checkLessonStructure, checkSourceShape } from './markdown/structure.ts';
import { checkPicture } from './pictures.ts';
import { type Problem, ProblemList } from './problems.ts';
import { type Readability, learnerText, readabilityOf, readabilityProblem } from './readability.ts';
import { type PracticeKindRegistry, practiceKinds } from '../practice/registry.ts';
import { type PracticeScenarios, loadPracticeScenarios } from './practice-scenarios.ts';
import { readYaml } from './read-yaml.ts';
import { glossarySchema, moduleSchema } from './schemas.ts';
import { type Synonym, synonymWarnings } from './synonyms.ts';

/** Everything in `lessons/`, compiled and checked together. */
export interface Curriculum {
  modules: ModuleSummary[];
  /** In module order, then lesson order; every language. */
  lessons: CompiledLesson[];
  /** Per `<lang>/<lesson id>`, for the lessons that have any; never part of the lessons themselves. */
  instructorNotes: Map<string, InstructorNotes>;
  glossary: Record<LessonLanguage, GlossaryEntry[]>;
  /** The practice scenarios (`lessons/practice/<kind>/<id>.yaml`), per `<lang>/<kind>/<id>`. */
  practiceScenarios: PracticeScenarios['compiled'];
  problems: Problem[];
  /** What lessons:check reports but does not stop for: a lesson using a glossary term's synonym. */
  warnings: Problem[];
  /** How easy each lesson file is to read, in file order (lessons:check prints it as a table). */
  readability: LessonReadability[];
  /** Every file that was read, so a dev server can watch them. */
  files: string[];
}

export interface LessonReadability extends Readability {
  /** The file, as problems name it. */
  file: string;
  id: string;
  lang: LessonLanguage;
  steps: number;
}

const languageNames: Record<LessonLanguage, string> = { sv: 'Swedish', en: 'English' };
const lessonFileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;
const sharedFolders = new Set(['images', 'glossary', 'practice']);

/**
 * Reads and checks every module, lesson and glossary file under `lessonsDir`.
 * Image `src` values and module pictures are paths relative to `lessonsDir`;
 * the Vite plugin turns them into asset URLs.
 */
export function loadCurriculum(lessonsDir: string, projectRoot = process.cwd(), kinds: PracticeKindRegistry = practiceKinds): Curriculum {
  const root = resolve(lessonsDir);
  const display = (path: string) => relative(projectRoot, path).split(sep).join('/');
  const problems: Problem[] = [];
  const files: string[] = [];
  const listFor = (path: string) => {
    files.push(path);
    const list = new ProblemList(display(path));
    return { list, done: () => problems.push(...list.items) };
  };

  if (!existsSync(root)) {
    problems.push({ file: display(root), line: 1, column: 1, message: 'The lessons folder does not exist.', fix: 'Create it, with one folder per module.' });
    return { modules: [], lessons: [], instructorNotes: new Map(), glossary: { sv: [], en: [] }, practiceScenarios: new Map(), problems, warnings: [], readability: [], files };
  }

  const glossaryFiles = Object.fromEntries(
    lessonLanguages.map((language) => [language, readGlossary(join(root, 'glossary', `${language}.yaml`), listFor)]),
  ) as Record<LessonLanguage, { entries: GlossaryEntry[]; synonyms: Synonym[] }>;
  const glossary = Object.fromEntries(lessonLanguages.map((language) => [language, glossaryFiles[language].entries])) as Record<LessonLanguage, GlossaryEntry[]>;
  const warnings: Problem[] = [];
  const readability: LessonReadability[] = [];

  const practice = loadPracticeScenarios(join(root, 'practice'), listFor, kinds);

  // lstat: a module folder that is a symbolic link would reach outside lessons/, so it is refused, not followed.
  const moduleFolders: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const stats = lstatSync(join(root, name));
    if (stats.isSymbolicLink()) {
      const { list, done } = listFor(join(root, name));
      list.add(undefined, `"${name}" is a link to another folder (a symbolic link).`, 'Copy the folder itself into lessons/: links are not followed, so a lesson pack cannot reach files outside it.');
      done();
    } else if (!sharedFolders.has(name) && stats.isDirectory()) {
      moduleFolders.push(name);
    }
  }

  const modules: ModuleSummary[] = [];
  const moduleFiles = new Map<ModuleSummary, string>();
  const lessonFiles: { path: string; id: string; language: string; folder: string }[] = [];
  for (const folder of moduleFolders) {
    const module = readModule(join(root, folder), folder, root, listFor);
    if (module) {
      modules.push(module);
      moduleFiles.set(module, join(root, folder, 'module.yaml'));
    }
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(root, folder, name);
      const match = lessonFileName.exec(name);
      if (!match?.[1] || !match[2] || !isLessonLanguage(match[2])) {
        const { list, done } = listFor(path);
        list.add(undefined, `The file name "${name}" does not follow the rule.`, `Name it <lesson id>.<language>.md, with the language one of: ${lessonLanguages.join(', ')}. Like what-is-email.sv.md.`);
        done();
        continue;
      }
      lessonFiles.push({ path, id: match[1], language: match[2], folder });
    }
  }

  const lessonIdByPath = new Map(lessonFiles.map((file) => [file.path, file.id]));
  const lessons: CompiledLesson[] = [];
  const instructorNotes = new Map<string, InstructorNotes>();
  const seen = new Map<string, string>();
  const knownModules = new Map(modules.map((module) => [module.id, module]));

  for (const file of lessonFiles) {
    const { list, done } = listFor(file.path);
    const language = file.language as LessonLanguage;
    let source: string | undefined;
    let compiled: CompiledLessonFile | undefined;
    let tree: Root | undefined;
    try {
      source = readAuthorFile(file.path, limits.lessonFileBytes, list);
      compiled = source === undefined ? undefined : checkedCompile(source, list, (parsed) => (tree = parsed), {
        language,
        glossary: new Map(glossary[language].map((entry) => [entry.id, entry])),
        glossaryFile: display(join(root, 'glossary', `${language}.yaml`)),
        practiceScenarios: practice.ids,
        resolveLessonLink: (href) => {
          const path = decodePath(href);
          return path === undefined ? undefined : lessonIdByPath.get(resolve(dirname(file.path), path));
        },
        resolveImage: (src) => {
          const decoded = decodePath(src);
          if (decoded === undefined) return undefined;
          const path = resolve(dirname(file.path), decoded);
          const picture = checkPicture(path, join(root, 'images'), src, 'lessons/images/');
          if (!picture.ok) return { message: picture.message, fix: picture.fix };
          return { src: relative(root, path).split(sep).join('/'), ...(picture.width ? { width: picture.width, height: picture.height } : {}) };
        },
      });
    } catch (error) {
      reportUnexpected(error, list);
    }
    if (compiled && source !== undefined) {
      const { lesson } = compiled;
      const text = source;
      const fieldLine = (field: string) => lineOfField(text, field);
      if (tree) {
        const result = readabilityOf(learnerText(tree, lesson, fieldLine('title').line), language);
        readability.push({ ...result, file: display(file.path), id: lesson.id, lang: language, steps: lesson.steps.length });
        if (!result.ok) {
          const { message, fix } = readabilityProblem(result);
          list.add(result.longestSentences[0] ? { line: result.longestSentences[0].line, column: 1 } : undefined, message, fix);
        }
        warnings.push(...synonymWarnings(tree, display(file.path), glossaryFiles[language].synonyms, language));
      }
      if (lesson.id !== file.id) {
        list.add(fieldLine('id'), `The id "${lesson.id}" is not the same as the file name "${file.id}".`, `Write id: ${file.id}, or rename the file.`);
      }
      if (lesson.lang !== language) {
        list.add(fieldLine('lang'), `The language "${lesson.lang}" is not the same as in the file name ("${language}").`, `Write lang: ${language}, or rename the file.`);
      }
      if (lesson.module !== file.folder) {
        list.add(
          fieldLine('module'),
          knownModules.has(lesson.module)
            ? `The lesson says it belongs to the module "${lesson.module}", but it is in the folder "${file.folder}".`
            : `There is no module "${lesson.module}".`,
          `Write module: ${file.folder}, or move the file to the folder of its module.`,
        );
      }
      const key = `${lesson.lang}/${lesson.id}`;
      const other = seen.get(key);
      if (other) {
        list.add(fieldLine('id'), `The id "${lesson.id}" is already used by ${other}.`, 'Give every lesson its own id, and rename the file to match.');
      } else {
        seen.set(key, display(file.path));
        lessons.push(lesson);
        if (hasInstructorNotes(compiled.instructorNotes)) instructorNotes.set(key, compiled.instructorNotes);
      }
    }
    done();
  }

  checkLessonSet(lessons, lessonFiles, moduleFiles, display, problems);

  const moduleOrder = new Map(modules.map((module) => [module.id, module.order]));
  lessons.sort((a, b) => (moduleOrder.get(a.module) ?? 0) - (moduleOrder.get(b.module) ?? 0) || a.order - b.order);
  modules.sort((a, b) => a.order - b.order);
  return { modules, lessons, instructorNotes, glossary, practiceScenarios: practice.compiled, problems, warnings, readability, files };
}

type ListFor = (path: string) => { list: ProblemList; done: () => void };

function readGlossary(path: string, listFor: ListFor): { entries: GlossaryEntry[]; synonyms: Synonym[] } {
  const { list, done } = listFor(path);
  if (!existsSync(path)) {
    list.add(undefined, 'The glossary file is missing.', 'Create it with the words the lessons explain (see docs/lesson-format.md).');
    done();
    return { entries: [], synonyms: [] };
  }
  let data: Record<string, { term: string; definition: string; synonyms?: string[] | undefined }> | undefined;
  try {
    const source = readAuthorFile(path, limits.yamlFileBytes, list);
    data = source === undefined ? undefined : source.trim() === '' ? {} : readYaml(source, glossarySchema, list);
  } catch (error) {
    reportUnexpected(error, list);
  }
  done();
  const entries = Object.entries(data ?? {});
  return {
    // Synonyms stay here, for the checker: the learner's glossary shows the term and its explanation.
    entries: entries.map(([id, entry]) => ({ id, term: entry.term, definition: entry.definition })),
    synonyms: entries.flatMap(([id, entry]) => (entry.synonyms ?? []).map((synonym) => ({ id, term: entry.term, synonym }))),
  };
}

function readModule(folderPath: string, folder: string, root: string, listFor: ListFor): ModuleSummary | undefined {
  const path = join(folderPath, 'module.yaml');
  const { list, done } = listFor(path);
  if (!existsSync(path)) {
    list.add(undefined, `The module folder "${folder}" has no module.yaml.`, 'Create module.yaml with id, order, picture, title and summary (see docs/lesson-format.md).');
    done();
    return undefined;
  }
  let module: z.infer<typeof moduleSchema> | undefined;
  try {
    const source = readAuthorFile(path, limits.yamlFileBytes, list);
    module = source === undefined ? undefined : readYaml(source, moduleSchema, list);
    if (module && source !== undefined) {
      if (module.id !== folder) {
        list.add(lineOfField(source, 'id', 1), `The id "${module.id}" is not the same as the folder name "${folder}".`, `Write id: ${folder}, or rename the folder.`);
      }
      const picturePath = join(folderPath, module.picture);
      const picture = existsSync(picturePath) || isLink(picturePath) ? checkPicture(picturePath, folderPath, module.picture, `${folder}/`) : undefined;
      if (!picture) {
        list.add(lineOfField(source, 'picture', 1), `The picture "${module.picture}" is not in the module folder.`, `Save the picture as ${folder}/${module.picture}, or fix the file name.`);
      } else if (!picture.ok) {
        list.add(lineOfField(source, 'picture', 1), picture.message, picture.fix);
      }
    }
  } catch (error) {
    reportUnexpected(error, list);
    module = undefined;
  }
  done();
  if (!module) return undefined;
  return { ...module, picture: relative(root, join(folderPath, module.picture)).split(sep).join('/') };
}

function checkLessonSet(
  lessons: readonly CompiledLesson[],
  files: readonly { path: string; id: string; language: string; folder: string }[],
  moduleFiles: ReadonlyMap<ModuleSummary, string>,
  display: (path: string) => string,
  problems: Problem[],
): void {
  const add = (path: string, line: number, message: string, fix: string) =>
    problems.push({ file: display(path), line, column: 1, message, fix });

  const byId = new Map<string, typeof files>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file]);
  for (const [id, versions] of byId) {
    const first = versions[0];
    if (!first) continue;
    for (const language of lessonLanguages) {
      if (!versions.some((version) => version.language === language)) {
        add(first.path, 1, `There is no ${languageNames[language]} version of this lesson.`, `Write ${display(join(dirname(first.path), `${id}.${language}.md`))}, a translation of this file.`);
      }
    }
  }

  const orderSeen = new Map<string, CompiledLesson>();
  for (const lesson of lessons) {
    const key = `${lesson.lang}/${lesson.module}/${lesson.order}`;
    const other = orderSeen.get(key);
    const file = files.find((candidate) => candidate.id === lesson.id && candidate.language === lesson.lang);
    if (other && file) {
      add(file.path, lineOfField(readFileSync(file.path, 'utf8'), 'order').line, `The order ${lesson.order} is also used by the lesson "${other.id}".`, 'Give each lesson in a module its own order number.');
    } else {
      orderSeen.set(key, lesson);
    }
  }

  const orders = new Map<number, string>();
  for (const [module, path] of moduleFiles) {
    const other = orders.get(module.order);
    if (other) add(path, lineOfField(readFileSync(path, 'utf8'), 'order').line, `The order ${module.order} is also used by the module "${other}".`, 'Give each module its own order number.');
    else orders.set(module.order, module.id);
    if (!files.some((file) => dirname(file.path) === dirname(path))) {
      add(path, 1, 'The module has no lessons.', `Write at least one lesson in ${display(dirname(path))}/, or remove the module.`);
    }
  }
}

/** A symbolic link, even a broken one (existsSync follows links, so it says a broken link does not exist). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Reads and compiles one lesson, after the checks that decide whether that is
 * safe: a file too deeply nested is refused before the compiler sees it.
 */
function checkedCompile(source: string, list: ProblemList, parsed: (root: Root) => void, sources: LessonSources): CompiledLessonFile | undefined {
  if (!checkSourceShape(source, list)) return undefined;
  const root = parseMarkdown(source);
  parsed(root);
  if (!checkLessonStructure(root, list)) return undefined;
  return compileLesson(source, sources, list, root);
}

/** A link or picture path with %-escapes decoded, or undefined if an escape is broken (like %zz). */
function decodePath(href: string): string | undefined {
  try {
    return decodeURI(href);
  } catch {
    return undefined;
  }
}

/** The line of a top-level field in front matter or YAML, for messages about the whole file. */
function lineOfField(source: string, field: string, firstLine = 1): { line: number; column: number } {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return { line: index === -1 ? firstLine : index + 1, column: 1 };
}

/** Whether a lesson has anything for instructors: a note in a step, or its overview. */
export function hasInstructorNotes(notes: InstructorNotes): boolean {
  return Object.keys(notes.steps).length > 0 || Object.values(notes.overview).some((items) => items.length > 0);
}
