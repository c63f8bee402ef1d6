import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { QuizOption } from '../../../content/types.ts';
import type { Position } from '../../problems.ts';
import { authorIdPattern, idFromText, slugOf } from '../content-ids.ts';
import { type CompileContext, startOf } from '../context.ts';
import { bodyOf, type DirectiveRule } from './directive-rule.ts';

const minOptions = 2;
const maxOptions = 5;
/** Names and answer ids made from text are cut to this length, with a hash of the whole text, to stay short in saved results. */
const maxDerivedLength = 32;

/**
 * `:::quiz`: a question, then a list of answers marked `- [x]` (right) or
 * `- [ ]` (wrong), each followed on its next line by the feedback for it.
 */
export const quizDirective: DirectiveRule = {
  name: 'quiz',
  form: 'containerDirective',
  // `id` is what remark-directive makes of `:::quiz{#name}`.
  attributes: ['type', 'id'],
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
    const optionAt = new Map<string, { index: number; text: string }>();
    list.children.forEach((item, index) => {
      const compiled = compileOption(item, index, context);
      if (!compiled) return;
      const other = optionAt.get(compiled.option.id);
      if (other) {
        context.problems.add(
          startOf(item),
          other.text === compiled.text
            ? `Answers ${other.index + 1} and ${index + 1} of the quiz have the same text: "${compiled.text}".`
            : `Answers ${other.index + 1} and ${index + 1} of the quiz differ only in small letters, accents or punctuation: "${other.text}" and "${compiled.text}".`,
          'Give every answer its own words: the learner’s saved answer is told apart by them.',
        );
      } else {
        optionAt.set(compiled.option.id, { index, text: compiled.text });
      }
      options.push(compiled.option);
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

    // Paragraphs joined by a space, so the last word of one and the first of the next stay two words.
    const name = quizNameOf(node.attributes?.id, question.map((paragraph) => toString(paragraph)).join(' '), type, context, at);
    if (context.step.quizNames.has(name)) {
      context.problems.add(
        at,
        `Two quizzes in this step have the name "${name}": the quiz on line ${context.step.quizNames.get(name)?.line ?? 1} and this one.`,
        `Give one of them its own name: ${written(`${name}-2`, type)}`,
      );
    } else {
      context.step.quizNames.set(name, at);
    }
    return [
      {
        type: 'quiz',
        id: `${context.step.id}.${name}`,
        multiple: type === 'multiple',
        question: context.convertChildren(question),
        options,
      },
    ];
  },
};

/** How the quiz's first line reads with this name, for a fix the author can copy. */
function written(name: string, type: string): string {
  return type === 'multiple' ? `:::quiz{#${name} type=multiple}` : `:::quiz{#${name}}`;
}

/**
 * The author's own name from `:::quiz{#name}`, or else one made from the
 * question, so the quiz keeps its saved result when other quizzes are added.
 */
function quizNameOf(explicit: string | null | undefined, question: string, type: string, context: CompileContext, at: Position | undefined): string {
  const derived = idFromText(question, maxDerivedLength);
  if (explicit === undefined || explicit === null) return derived;
  if (authorIdPattern.test(explicit)) return explicit;
  context.problems.add(
    at,
    explicit.trim() === '' ? 'The quiz name after # is empty.' : `The quiz name "${explicit}" is not allowed.`,
    `Write it with small letters a–z, digits and hyphens only, like: ${written(slugOf(explicit) ?? derived, type)}`,
  );
  return derived;
}

function compileOption(item: ListItem, index: number, context: CompileContext): { option: QuizOption; text: string } | undefined {
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
  const text = toString(label).replace(/\s+/g, ' ').trim();
  return {
    option: {
      // From the answer's words, so a saved answer still points at the same answer when others are added or moved.
      id: idFromText(text, maxDerivedLength),
      correct: item.checked,
      label: context.convertChildren(label),
      feedback: context.convertChildren(feedback),
    },
    text,
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
