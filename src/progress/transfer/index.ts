/**
 * Taking progress home and bringing it in: the code, the link and the file,
 * against the lessons this Nätvana has. Loaded only where it is used (the
 * take-home page, and the erase confirmation and kiosk warning, which show
 * the code): none of it is in the start page's download.
 */
import { lessonIndex, loadLesson } from '../../content/index.ts';
import { type LessonLanguage, lessonLanguages } from '../../i18n/languages.ts';
import type { Progress } from '../progress-data.ts';
import { lessonKey } from '../progress-data.ts';
import { type CatalogueLesson, type CodeProblem, type ReadCode, decodeCode, encodeCode, findStep, progressFromCode } from './code.ts';
import { type FileProblem, decodeFile, encodeFile, fileName } from './file.ts';

export { codeAlphabet, splitCode, type CodeProblem, type ReadCode } from './code.ts';
export { fileName, maxFileBytes, type FileProblem } from './file.ts';

/** Every lesson this Nätvana has, in every lesson language, by its progress key. */
export function catalogue(): CatalogueLesson[] {
  return lessonLanguages.flatMap((lang) => lessonIndex.lessons[lang].map((lesson) => ({ key: lessonKey(lang, lesson.id), stepCount: lesson.stepCount })));
}

/** The take-home code for this progress, as groups of 4 characters. */
export const takeHomeCode = (progress: Progress, now: number = Date.now()): string[] => encodeCode(progress, catalogue(), now);

/** The part of a link after `#` that carries a code: the fragment is never sent to a server. */
export const linkFragment = (groups: readonly string[]) => `code=${groups.join('-')}`;

/** The code in a link's fragment (`#code=…`), or undefined when it has none. */
export function codeInFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/u, '')).get('code');
  return value === null ? undefined : value;
}

export type Brought =
  | { ok: true; progress: Progress; notHere: number }
  | { ok: false; problem: { from: 'code'; problem: CodeProblem | { kind: 'nothingHere' } } | { from: 'file'; problem: FileProblem | 'nothingHere' } };

/** Splits a key into its language and lesson id. */
function splitKey(key: string): { lang: LessonLanguage; id: string } | undefined {
  const [lang, id] = key.split('/');
  return lang && id && (lessonLanguages as readonly string[]).includes(lang) ? { lang: lang as LessonLanguage, id } : undefined;
}

/** Finds each started lesson's step by its hash: loads those lessons (they are small), and where one cannot load, the lesson starts at step 1. */
async function placeSteps(code: ReadCode): Promise<Map<string, readonly string[]>> {
  const steps = new Map<string, readonly string[]>();
  await Promise.all(
    code.lessons
      .filter((lesson) => !lesson.done)
      .map(async ({ key }) => {
        const parts = splitKey(key);
        const lesson = parts ? await loadLesson(parts.lang, parts.id).catch(() => undefined) : undefined;
        if (lesson) steps.set(key, lesson.steps.map((step) => step.id));
      }),
  );
  return steps;
}

/** Reads a code a person typed or a link carried. Never throws. */
export async function bringInCode(text: string): Promise<Brought> {
  const lessons = catalogue();
  const read = decodeCode(text, lessons);
  if (!read.ok) return { ok: false, problem: { from: 'code', problem: read.problem } };
  if (read.code.lessons.length === 0 && read.code.notHere > 0) return { ok: false, problem: { from: 'code', problem: { kind: 'nothingHere' } } };
  const steps = await placeSteps(read.code);
  const progress = progressFromCode(read.code, lessons, (key, hash, number) => findStep(steps.get(key) ?? [], hash, number));
  return { ok: true, progress, notHere: read.code.notHere };
}

/**
 * Reads a progress file's text. Never throws. Lessons this Nätvana does not
 * have are counted and left out, as the preview says: an id a file invents is
 * never stored.
 */
export function bringInFile(text: string): Brought {
  const read = decodeFile(text);
  if (!read.ok) return { ok: false, problem: { from: 'file', problem: read.problem } };
  const known = new Set(catalogue().map((lesson) => lesson.key));
  const keys = Object.keys(read.progress.lessons);
  const here = keys.filter((key) => known.has(key));
  const notHere = keys.length - here.length;
  if (keys.length > 0 && here.length === 0) return { ok: false, problem: { from: 'file', problem: 'nothingHere' } };
  const progress: Progress = { ...read.progress, lessons: {} };
  for (const key of here) {
    const lesson = read.progress.lessons[key];
    if (lesson) progress.lessons[key] = lesson;
  }
  return { ok: true, progress, notHere };
}

export const progressFile = (progress: Progress, now: number = Date.now()) => encodeFile(progress, now);
export const progressFileName = (word: string, now: number = Date.now()) => fileName(word, now);
