import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ProblemList } from '../problems.ts';
import { startOf } from './context.ts';

export interface RawStep {
  title: string;
  heading: Heading;
  content: RootContent[];
}

const minSteps = 3;

/**
 * The step rule: every step starts with a `## ` heading and runs until the
 * next one. Also checks heading order inside each step, because the step
 * title becomes the page's only h1 and screen-reader users move by headings.
 */
export function splitSteps(root: Root, problems: ProblemList): { steps: RawStep[]; stray: RootContent[] } {
  const steps: RawStep[] = [];
  const stray: RootContent[] = [];
  let current: RawStep | undefined;
  let lastDepth = 2;
  let reportedStray = false;

  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      if (node.depth === 1) {
        problems.add(startOf(node), 'A heading with a single # is not used in lessons.', 'Start a step with ## and its title; use ### for a smaller heading inside a step.');
        continue;
      }
      if (node.depth === 2) {
        const title = toString(node).trim();
        if (title === '') problems.add(startOf(node), 'The step has no title.', 'Write the title after ##, like: ## Ett brev på datorn');
        current = { title, heading: node, content: [] };
        steps.push(current);
        lastDepth = 2;
        continue;
      }
      if (node.depth > lastDepth + 1) {
        problems.add(
          startOf(node),
          `The heading jumps from level ${lastDepth} to level ${node.depth}.`,
          `Use ${'#'.repeat(lastDepth + 1)} here: a heading may be at most one level below the one before it.`,
        );
      }
      lastDepth = node.depth;
    }
    if (!current) {
      stray.push(node);
      if (!reportedStray) {
        problems.add(startOf(node), 'There is text before the first step.', 'Start every step with a line that begins with ## and the step title.');
        reportedStray = true;
      }
      continue;
    }
    current.content.push(node);
  }

  if (steps.length < minSteps) {
    const at = root.children.find((node) => node.type !== 'yaml');
    problems.add(
      startOf(at ?? root),
      `The lesson has ${steps.length} step${steps.length === 1 ? '' : 's'}; it needs at least ${minSteps}.`,
      'Start each step with a line that begins with ## and the step title.',
    );
  }
  for (const step of steps) {
    if (step.content.length === 0) {
      problems.add(startOf(step.heading), `The step "${step.title}" is empty.`, 'Write the text of the step under its ## heading, or remove the heading.');
    }
  }
  return { steps, stray };
}
