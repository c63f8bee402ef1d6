import type { QuizNode, QuizOption } from '../content/types.ts';

export type QuizOutcome = 'right' | 'partly' | 'wrong';

export interface QuizResult {
  outcome: QuizOutcome;
  /** The chosen options, in the order they are listed, each with its own feedback. */
  chosen: QuizOption[];
  rightChosen: number;
  rightTotal: number;
  wrongChosen: number;
}

/**
 * Grades an answer. A single-choice quiz is right or wrong; a multiple-choice
 * quiz is right only when exactly the right options are chosen, and "partly"
 * when some right ones are chosen, so the feedback can encourage instead of
 * rejecting.
 */
export function gradeQuiz(quiz: QuizNode, selectedIds: ReadonlySet<string>): QuizResult {
  const chosen = quiz.options.filter((option) => selectedIds.has(option.id));
  const rightTotal = quiz.options.filter((option) => option.correct).length;
  const rightChosen = chosen.filter((option) => option.correct).length;
  const wrongChosen = chosen.length - rightChosen;
  const outcome: QuizOutcome =
    rightChosen === rightTotal && wrongChosen === 0 ? 'right' : quiz.multiple && rightChosen > 0 ? 'partly' : 'wrong';
  return { outcome, chosen, rightChosen, rightTotal, wrongChosen };
}
