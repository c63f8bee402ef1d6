/**
 * A curriculum of any size for `npm run bench:scale`: the real lessons, copied
 * under new ids into a temporary folder until there are `count` lessons in
 * each lesson language. The copies keep their module, words and pictures, so
 * a page of a copy costs what a page of a real lesson costs.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** The same lesson under a new id, after every real lesson of its module. */
function copyOf(text: string, id: string, order: number): string {
  return text.replace(/^id: .*$/m, `id: ${id}`).replace(/^order: .*$/m, `order: ${order}`);
}

/** Writes a lessons folder with `count` lessons per language (at least the real ones) and returns its path. */
export function generateCurriculum(count: number, source = 'lessons'): { dir: string; lessons: number } {
  const dir = mkdtempSync(join(tmpdir(), `natvana-scale-${count}-`));
  cpSync(source, dir, { recursive: true });
  const real = realLessons(source);
  if (real.length === 0) throw new Error(`No lessons in ${source}.`);
  for (let copy = 0; real.length + copy < count; copy += 1) {
    const original = real[copy % real.length];
    if (!original) continue;
    const round = Math.floor(copy / real.length) + 1;
    const id = `${original.id}-copy-${round}`;
    for (const [language, text] of original.texts) {
      writeFileSync(join(dir, original.module, `${id}.${language}.md`), copyOf(text, id, 100 + round));
    }
  }
  return { dir, lessons: Math.max(count, real.length) };
}
