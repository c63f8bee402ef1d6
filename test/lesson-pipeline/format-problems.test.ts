import { describe, expect, it } from 'vitest';
import { type Problem, ProblemList, formatProblem, formatProblems } from '../../src/lesson-pipeline/problems.ts';

const altText: Problem = {
  file: 'lessons/email/what-is-email.sv.md',
  line: 14,
  column: 1,
  message: 'The picture has no alt text.',
  fix: 'Write what the picture shows between the square brackets.',
};

describe('formatProblem', () => {
  it('prints file:line:column, the message and the fix, two spaces apart', () => {
    expect(formatProblem(altText)).toBe(
      'lessons/email/what-is-email.sv.md:14:1  The picture has no alt text.  Write what the picture shows between the square brackets.',
    );
  });

  it('prints the column where the problem starts', () => {
    expect(formatProblem({ ...altText, line: 3, column: 12 })).toMatch(/^lessons\/email\/what-is-email\.sv\.md:3:12 {2}/);
  });
});

describe('formatProblems', () => {
  it('sorts by file, then line, then column, and ends with the count', () => {
    const problems: Problem[] = [
      { ...altText, file: 'lessons/b.sv.md', line: 2, column: 5, message: 'b2:5' },
      { ...altText, file: 'lessons/a.sv.md', line: 10, column: 1, message: 'a10' },
      { ...altText, file: 'lessons/b.sv.md', line: 2, column: 1, message: 'b2:1' },
      { ...altText, file: 'lessons/a.sv.md', line: 9, column: 3, message: 'a9' },
    ];
    expect(formatProblems(problems).split('\n')).toEqual([
      `lessons/a.sv.md:9:3  a9  ${altText.fix}`,
      `lessons/a.sv.md:10:1  a10  ${altText.fix}`,
      `lessons/b.sv.md:2:1  b2:1  ${altText.fix}`,
      `lessons/b.sv.md:2:5  b2:5  ${altText.fix}`,
      '',
      'Nätvana lessons: 4 problems. The app is not built until every problem is fixed.',
    ]);
  });

  it('says "1 problem" for one', () => {
    expect(formatProblems([altText])).toBe(`${formatProblem(altText)}\n\nNätvana lessons: 1 problem. The app is not built until every problem is fixed.`);
  });

  it('leaves the list it was given in its order', () => {
    const problems = [{ ...altText, line: 9 }, { ...altText, line: 1 }];
    formatProblems(problems);
    expect(problems.map((problem) => problem.line)).toEqual([9, 1]);
  });
});

describe('ProblemList', () => {
  it('puts a problem without a position on line 1, column 1 of its file', () => {
    const list = new ProblemList('lessons/email/module.yaml');
    list.add(undefined, 'Missing.', 'Add it.');
    list.add({ line: 4, column: 7 }, 'Wrong.', 'Fix it.');
    expect(list.items).toEqual([
      { file: 'lessons/email/module.yaml', line: 1, column: 1, message: 'Missing.', fix: 'Add it.' },
      { file: 'lessons/email/module.yaml', line: 4, column: 7, message: 'Wrong.', fix: 'Fix it.' },
    ]);
  });
});
