import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { QuizOption } from '../../../content/types.ts';
import { type CompileContext, startOf } from '../context.ts';
import { bodyOf, type DirectiveRule } from './directive-rule.ts';

const minOptions = 2;
const maxOptions = 5;

/**
 * `:::quiz`: a question, then a list of answers marked `- [x]` (right) or
 * `- [ ]` (wrong), each followed on its next line by the feedback for it.
 */
export const quizDirective: DirectiveRule = {
  name: 'quiz',
  form: 'containerDirective',
  attributes: ['type'],
  compile(node, context) {
    if (node.type !== 'containerDirective') return [];
    const at = startOf(node);
    const type = node.attributes?.type ?? 'single';
    if (type !== 'single' && type !== 'multiple') {
      context.problems.add(at, `Unknown quiz type "${type}".`, 'Write :::quiz for one right answer, or :::quiz{type=multiple} for more than one.');
      return [];
    }
    const body = bodyOf(node);
    const listIndex = body.findIndex((child) => child.type === 'list');
    const question = body.slice(0, listIndex === -1 ? body.length : listIndex);
    const list = listIndex === -1 ? undefined : body[listIndex];
    const after = listIndex === -1 ? [] : body.slice(listIndex + 1);

    if (question.length === 0) {
      context.problems.add(at, 'The quiz has no question.', 'Write the question on the line after :::quiz, before the answers.');
    }
    if (!list || list.type !== 'list') {
      context.problems.add(at, 'The quiz has no answers.', 'Write the answers as a list: - [x] for a right answer, - [ ] for a wrong one.');
      return [];
    }
    for (const extra of after) {
      context.problems.add(startOf(extra), 'There is text after the answers of the quiz.', 'Put the question before the answers, and each feedback on the line under its answer.');
    }

    const options: QuizOption[] = [];
    list.children.forEach((item, index) => {
      const option = compileOption(item, index, context);
      if (option) options.push(option);
    });
    if (options.length !== list.children.length) return [];

    if (options.length < minOptions || options.length > maxOptions) {
      context.problems.add(startOf(list), `The quiz has ${options.length} answers.`, `Give ${minOptions} to ${maxOptions} answers.`);
    }
    const rightCount = options.filter((option) => option.correct).length;
    if (type === 'single' && rightCount !== 1) {
      context.problems.add(
        startOf(list),
        `The quiz has ${rightCount} right answers, but a normal quiz has exactly one.`,
        rightCount === 0 ? 'Mark the right answer with - [x].' : 'Mark only one answer with [x], or write :::quiz{type=multiple}.',
      );
    }
    if (type === 'multiple' && rightCount === 0) {
      context.problems.add(startOf(list), 'The quiz has no right answer.', 'Mark each right answer with - [x].');
    }

    context.step.quizCount += 1;
    return [
      {
        type: 'quiz',
        id: `${context.step.index + 1}-${context.step.quizCount}`,
        multiple: type === 'multiple',
        question: context.convertChildren(question),
        options,
      },
    ];
  },
};

function compileOption(item: ListItem, index: number, context: CompileContext): QuizOption | undefined {
  const at = startOf(item);
  if (typeof item.checked !== 'boolean') {
    context.problems.add(at, `Answer ${index + 1} has no box.`, 'Start each answer with - [x] if it is right or - [ ] if it is wrong.');
    return undefined;
  }
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') {
    context.problems.add(at, `Answer ${index + 1} has no text.`, 'Write the answer after the box: - [ ] www.exempel.se');
    return undefined;
  }
  const [label, feedbackStart] = splitAtFirstLineBreak(first.children);
  const feedback: RootContent[] = [
    ...(feedbackStart.length > 0 ? [{ type: 'paragraph' as const, children: feedbackStart }] : []),
    ...rest,
  ];
  if (feedback.length === 0) {
    context.problems.add(
      at,
      `Answer ${index + 1} has no feedback.`,
      'On the line under the answer, indented by two spaces, write what the learner reads after choosing it.',
    );
    return undefined;
  }
  return {
    id: String(index + 1),
    correct: item.checked,
    label: context.convertChildren(label),
    feedback: context.convertChildren(feedback),
  };
}

/** The answer is the first line of the item; the lines under it are its feedback. */
function splitAtFirstLineBreak(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (child?.type === 'break') return [children.slice(0, i), children.slice(i + 1)];
    if (child?.type !== 'text') continue;
    const newline = child.value.indexOf('\n');
    if (newline === -1) continue;
    const before = child.value.slice(0, newline).trimEnd();
    const after = child.value.slice(newline + 1).trimStart();
    return [
      [...children.slice(0, i), ...(before ? [{ ...child, value: before }] : [])],
      [...(after ? [{ ...child, value: after }] : []), ...children.slice(i + 1)],
    ];
  }
  return [children, []];
}
