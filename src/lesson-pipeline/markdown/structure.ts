import type { Nodes, Root } from 'mdast';
import { limits } from '../limits.ts';
import type { ProblemList } from '../problems.ts';
import { startOf } from './context.ts';

/**
 * Checks on the shape of a lesson that the step-by-step compiler cannot make
 * safely itself, because they decide whether it may run at all:
 *
 * - before reading (`checkSourceShape`): nesting and runs of * _ [ that would
 *   make the Markdown reader take minutes or overflow its stack;
 * - after reading (`checkLessonStructure`): how deep quotes, lists and boxes
 *   are nested, a quiz inside a quiz (a form inside a form, which a page
 *   cannot hold), and titles and labels that may only be plain words.
 *
 * Both walk without recursion, so no input is too deep for the checker.
 */

const nestingFix = `Put at most ${limits.nestingDepth} quotes, lists and boxes inside one another. Split the text into shorter steps instead.`;

/** False when the file must not be read as Markdown at all. */
export function checkSourceShape(source: string, problems: ProblemList): boolean {
  const lines = source.split('\n');
  let openBoxes = 0;
  let block = { start: 0, markers: 0 };
  const markerProblem = () => {
    problems.add(
      { line: block.start + 1, column: 1 },
      `This paragraph has ${block.markers} of the characters * _ [ ; at most ${limits.markersPerParagraph} are allowed in one paragraph.`,
      'Split it into shorter paragraphs with an empty line between them, or use fewer * and _ for bold and italics.',
    );
  };
  for (const [index, line] of lines.entries()) {
    const at = { line: index + 1, column: 1 };
    if (line.trim() === '') {
      if (block.markers > limits.markersPerParagraph) return markerProblem(), false;
      block = { start: index + 1, markers: 0 };
      continue;
    }
    for (const character of line) if (character === '*' || character === '_' || character === '[') block.markers += 1;

    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    if (indent > limits.indentColumns) {
      problems.add(at, `This line is indented by ${indent} spaces; at most ${limits.indentColumns} are allowed.`, nestingFix);
      return false;
    }
    // Each > and each list marker at the start of a line opens one more level; "* * * * * * *" is a line across, not seven lists.
    const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line.replace(/^(?:[ \t]*>)+/, ''));
    const prefix = thematicBreak ? '' : /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)*/.exec(line)?.[0] ?? '';
    const levels = (prefix.match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g) ?? []).length;
    if (levels > limits.nestingDepth) {
      problems.add(at, `Quotes and lists are nested ${levels} deep on this line; at most ${limits.nestingDepth} are allowed.`, nestingFix);
      return false;
    }
    if (/^[ \t]*:{3,}[ \t]*$/.test(line)) openBoxes = Math.max(0, openBoxes - 1);
    else if (/^[ \t]*:{3,}[ \t]*[a-zA-Z]/.test(line)) {
      openBoxes += 1;
      if (openBoxes > limits.nestingDepth) {
        problems.add(at, `Boxes (:::) are nested ${openBoxes} deep here; at most ${limits.nestingDepth} are allowed.`, nestingFix);
        return false;
      }
    }
  }
  if (block.markers > limits.markersPerParagraph) return markerProblem(), false;
  return true;
}

const containers = new Set(['blockquote', 'list', 'containerDirective']);
/** Inside a title or label, only words (and `code`) can be shown. */
const plainKinds = new Set(['text', 'inlineCode']);

interface Visit {
  node: Nodes;
  depth: number;
  nesting: number;
  inQuiz: boolean;
}

/** False when the lesson is nested too deep to be compiled. */
export function checkLessonStructure(root: Root, problems: ProblemList): boolean {
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) checkPlain(node.children, 'A step title (##)', problems);
  }
  const stack: Visit[] = [{ node: root, depth: 0, nesting: 0, inQuiz: false }];
  while (stack.length > 0) {
    const visit = stack.pop();
    if (!visit) break;
    const { node } = visit;
    if (visit.depth > limits.treeDepth) {
      problems.add(startOf(node), `The text is nested more than ${limits.treeDepth} levels deep here.`, nestingFix);
      return false;
    }
    const nesting = visit.nesting + (containers.has(node.type) ? 1 : 0);
    if (nesting > limits.nestingDepth) {
      problems.add(startOf(node), `Quotes, lists and boxes are nested ${nesting} deep here; at most ${limits.nestingDepth} are allowed.`, nestingFix);
      return false;
    }
    const isQuiz = node.type === 'containerDirective' && node.name === 'quiz';
    if (isQuiz && visit.inQuiz) {
      problems.add(startOf(node), 'A quiz is inside another quiz.', 'Close the first quiz with ::: before the next :::quiz starts.');
    }
    if (node.type === 'containerDirective') checkLabel(node, problems);
    if (node.type === 'leafDirective' && node.children.length > 0) {
      problems.add(startOf(node), `::${node.name} takes no text in square brackets [ ].`, `Remove the [ ] after ::${node.name}.`);
    }
    if (node.type === 'textDirective' && node.name === 'term') checkPlain(node.children, 'The explained word in :term[…]', problems);
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        const child = node.children[index];
        if (child) stack.push({ node: child, depth: visit.depth + 1, nesting, inQuiz: visit.inQuiz || isQuiz });
      }
    }
  }
  return true;
}

function checkLabel(node: Extract<Nodes, { type: 'containerDirective' }>, problems: ProblemList): void {
  const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
  if (!label || label.type !== 'paragraph') return;
  if (node.name === 'tip' || node.name === 'warning') {
    checkPlain(label.children, `The title of :::${node.name}[…]`, problems);
  } else {
    problems.add(startOf(label), `:::${node.name} takes no title in square brackets [ ].`, `Remove the [ ] after :::${node.name}; only :::tip and :::warning have titles.`);
  }
}

const whatItIs: Record<string, string> = {
  link: 'a link',
  image: 'a picture',
  html: 'HTML',
  textDirective: 'a :word[…]',
  emphasis: 'italics (*…*)',
  strong: 'bold (**…**)',
  delete: 'crossed-out text',
  break: 'a line break',
};

/** Titles and labels become plain text: anything else would be dropped or shown as code, so it is refused instead. */
function checkPlain(nodes: readonly Nodes[], where: string, problems: ProblemList): void {
  for (const node of nodes) {
    if (plainKinds.has(node.type)) continue;
    const kind = whatItIs[node.type] ?? `"${node.type}"`;
    const detail = node.type === 'html' ? ` (${node.value.trim().slice(0, 40)})` : node.type === 'textDirective' ? ` (:${node.name}[…])` : '';
    problems.add(startOf(node), `${where} can hold only plain words, but it holds ${kind}${detail}.`, 'Write the title as plain words. Put links, pictures, explained words and bold text in the text under it.');
  }
}
