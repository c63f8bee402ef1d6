import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCurriculum } from '../../scripts/bench/scale-curriculum.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { practiceKinds } from '../../src/practice/registry.ts';
import { counterKind } from '../fixtures/practice-kinds/counter/scenario.ts';

/** The fixture course: two modules, three lessons, each in Swedish and English, with the tests' own practice kind beside the app's. */
const source = 'test/fixtures/lessons-app';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function curriculumOf(count: number) {
  const { dir, lessons } = generateCurriculum(count, source);
  made.push(dir);
  return { lessons, curriculum: loadCurriculum(dir, process.cwd(), { ...practiceKinds, counter: counterKind }) };
}

const perLanguage = (curriculum: ReturnType<typeof loadCurriculum>, lang: 'sv' | 'en') => curriculum.lessons.filter((lesson) => lesson.lang === lang);

describe('the scale benchmark’s curriculum', () => {
  it('has exactly as many lessons as asked, more than the real ones, each with an order of its own in its module, and no problems', () => {
    const { lessons, curriculum } = curriculumOf(11);
    expect(lessons).toBe(11);
    expect(curriculum.problems).toEqual([]);
    for (const lang of ['sv', 'en'] as const) {
      const inLanguage = perLanguage(curriculum, lang);
      expect(inLanguage).toHaveLength(11);
      const orders = inLanguage.map((lesson) => `${lesson.module} ${lesson.order}`);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  it('keeps fewer lessons than the real ones by taking each module’s first lessons in turn, so every module stays', () => {
    const { lessons, curriculum } = curriculumOf(2);
    expect(lessons).toBe(2);
    expect(curriculum.problems).toEqual([]);
    const swedish = perLanguage(curriculum, 'sv');
    expect(swedish).toHaveLength(2);
    expect(new Set(swedish.map((lesson) => lesson.module)).size).toBe(curriculum.modules.length);
  });

  it('never drops a module: asked for fewer lessons than modules, it keeps one per module', () => {
    const { lessons, curriculum } = curriculumOf(1);
    expect(lessons).toBe(curriculum.modules.length);
    expect(perLanguage(curriculum, 'en')).toHaveLength(curriculum.modules.length);
  });
});
