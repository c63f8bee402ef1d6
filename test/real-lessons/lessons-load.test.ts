import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { formatProblem } from '../../src/lesson-pipeline/problems.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the real lessons', () => {
  const curriculum = loadCurriculum(`${projectRoot}/lessons`, projectRoot);

  it('load with no problems', () => {
    // Compared as lines, so a failure reads like `npm run lessons:check`.
    expect(curriculum.problems.map(formatProblem)).toEqual([]);
  });

  it('have every module with lessons, and every lesson in both languages', () => {
    expect(curriculum.modules.length).toBeGreaterThan(0);
    for (const module of curriculum.modules) {
      const sv = curriculum.lessons.filter((lesson) => lesson.module === module.id && lesson.lang === 'sv').map((lesson) => lesson.id);
      const en = curriculum.lessons.filter((lesson) => lesson.module === module.id && lesson.lang === 'en').map((lesson) => lesson.id);
      expect(sv.length, module.id).toBeGreaterThan(0);
      expect(en, module.id).toEqual(sv);
    }
  });
});
