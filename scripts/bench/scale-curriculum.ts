/**
 * A curriculum of any size for `npm run bench:scale`, in a temporary folder,
 * with exactly `count` lessons in each lesson language: fewer than the real
 * ones keeps the first lessons of each module in turn (so every module stays),
 * more copies the real lessons under new ids. The copies keep their module,
 * words and pictures, so a page of a copy costs what a page of a real lesson
 * costs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface LessonFile {
  module: string;
  id: string;
  /** Language → the file's text. */
  texts: Map<string, string>;
}

function realLessons(source: string): LessonFile[] {
  const lessons = new Map<string, LessonFile>();
  for (const module of readdirSync(source).sort()) {
    const folder = join(source, module);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const match = /^(.+)\.([a-z]{2})\.md$/.exec(name);
      if (!match) continue;
      const [, id = '', language = ''] = match;
      const key = `${module}/${id}`;
      const lesson = lessons.get(key) ?? { module, id, texts: new Map<string, string>() };
      lesson.texts.set(language, readFileSync(join(folder, name), 'utf8'));
      lessons.set(key, lesson);
    }
  }
  return [...lessons.values()];
}

/** The lessons in turns of one per module (each module's first, then each module's second, …), so any prefix keeps every module. */
function byTurns(lessons: LessonFile[]): LessonFile[] {
  const modules = new Map<string, LessonFile[]>();
  for (const lesson of lessons) modules.set(lesson.module, [...(modules.get(lesson.module) ?? []), lesson]);
  const turns: LessonFile[] = [];
  for (let turn = 0; turns.length < lessons.length; turn += 1) {
    for (const inModule of modules.values()) {
      const lesson = inModule[turn];
      if (lesson) turns.push(lesson);
    }
  }
  return turns;
}

const lessonLink = /\[([^\]]*)\]\(([^)\s]+\.md)\)/g;

/** A link to a lesson that was left out becomes its words alone, so the smaller course still passes its checks. */
function unlinkDropped(file: string): void {
  const text = readFileSync(file, 'utf8');
  const unlinked = text.replace(lessonLink, (link, words: string, target: string) => (existsSync(join(dirname(file), target)) ? link : words));
  if (unlinked !== text) writeFileSync(file, unlinked);
}

/** The same lesson under a new id, after every real lesson of its module. */
function copyOf(text: string, id: string, order: number): string {
  return text.replace(/^id: .*$/m, `id: ${id}`).replace(/^order: .*$/m, `order: ${order}`);
}

/** Writes a lessons folder with exactly `count` lessons per language (at least one per module) and returns its path. */
export function generateCurriculum(count: number, source = 'lessons'): { dir: string; lessons: number } {
  const dir = mkdtempSync(join(tmpdir(), `natvana-scale-${count}-`));
  cpSync(source, dir, { recursive: true });
  const real = byTurns(realLessons(source));
  if (real.length === 0) throw new Error(`No lessons in ${source}.`);
  const modules = new Set(real.map((lesson) => lesson.module)).size;
  const kept = Math.max(count, modules);
  for (const dropped of real.slice(kept)) {
    for (const language of dropped.texts.keys()) rmSync(join(dir, dropped.module, `${dropped.id}.${language}.md`));
  }
  if (kept < real.length) {
    for (const lesson of real.slice(0, kept)) {
      for (const language of lesson.texts.keys()) unlinkDropped(join(dir, lesson.module, `${lesson.id}.${language}.md`));
    }
  }
  for (let copy = 0; real.length + copy < kept; copy += 1) {
    const original = real[copy % real.length];
    if (!original) continue;
    const round = Math.floor(copy / real.length) + 1;
    const id = `${original.id}-copy-${round}`;
    // After every real lesson of the module, each copy with an order of its own.
    for (const [language, text] of original.texts) {
      writeFileSync(join(dir, original.module, `${id}.${language}.md`), copyOf(text, id, 1000 + copy));
    }
  }
  return { dir, lessons: kept };
}
