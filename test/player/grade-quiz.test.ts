import { describe, expect, it } from 'vitest';
import type { QuizNode, QuizOption } from '../../src/content/types.ts';
import { gradeQuiz } from '../../src/player/grade-quiz.ts';

const option = (id: string, correct: boolean): QuizOption => ({
  id,
  correct,
  label: [`Svar ${id}`],
  feedback: [`Återkoppling ${id}`],
});

/** One right answer (b) among three. */
const single: QuizNode = {
  type: 'quiz',
  id: '1-1',
  multiple: false,
  question: ['Vilken är rätt?'],
  options: [option('a', false), option('b', true), option('c', false)],
};

/** Two right answers (a, c) among four. */
const multiple: QuizNode = {
  type: 'quiz',
  id: '1-2',
  multiple: true,
  question: ['Vilka är rätt?'],
  options: [option('a', true), option('b', false), option('c', true), option('d', false)],
};

const ids = (...chosen: string[]): ReadonlySet<string> => new Set(chosen);

describe('gradeQuiz with one right answer', () => {
  it('grades the right option as right', () => {
    expect(gradeQuiz(single, ids('b'))).toMatchObject({ outcome: 'right', rightChosen: 1, rightTotal: 1, wrongChosen: 0 });
  });

  it('grades a wrong option as wrong, never as partly', () => {
    expect(gradeQuiz(single, ids('a'))).toMatchObject({ outcome: 'wrong', rightChosen: 0, rightTotal: 1, wrongChosen: 1 });
  });

  it('returns the chosen option with its own feedback', () => {
    const result = gradeQuiz(single, ids('c'));
    expect(result.chosen.map((chosen) => chosen.id)).toEqual(['c']);
    expect(result.chosen[0]?.feedback).toEqual(['Återkoppling c']);
  });
});

describe('gradeQuiz with several right answers', () => {
  it('grades exactly the right options as right', () => {
    expect(gradeQuiz(multiple, ids('a', 'c'))).toMatchObject({ outcome: 'right', rightChosen: 2, rightTotal: 2, wrongChosen: 0 });
  });

  it('grades some of the right options as partly right', () => {
    expect(gradeQuiz(multiple, ids('c'))).toMatchObject({ outcome: 'partly', rightChosen: 1, rightTotal: 2, wrongChosen: 0 });
  });

  it('does not grade all right options plus a wrong extra as right', () => {
    expect(gradeQuiz(multiple, ids('a', 'b', 'c'))).toMatchObject({ outcome: 'partly', rightChosen: 2, rightTotal: 2, wrongChosen: 1 });
  });

  it('grades only wrong options as wrong', () => {
    expect(gradeQuiz(multiple, ids('b', 'd'))).toMatchObject({ outcome: 'wrong', rightChosen: 0, rightTotal: 2, wrongChosen: 2 });
  });

  it('lists the chosen options in the order they are shown, not the order they were ticked', () => {
    expect(gradeQuiz(multiple, ids('d', 'a')).chosen.map((chosen) => chosen.id)).toEqual(['a', 'd']);
  });

  it('ignores ids that are not options of the quiz', () => {
    expect(gradeQuiz(multiple, ids('a', 'c', 'z'))).toMatchObject({ outcome: 'right', wrongChosen: 0 });
  });
});
