import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position, ProblemList } from '../problems.ts';
import { authorIdPattern, idFromText, slugOf } from './content-ids.ts';
import { startOf } from './context.ts';

export interface RawStep {
  /** From the heading's `{#id}`, or else from its title. */
  id: string;
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
        const { title, id } = titleAndIdOf(node, problems);
        if (title === '') problems.add(startOf(node), 'The step has no title.', 'Write the title after ##, like: ## Ett brev på datorn');
        current = { id, title, heading: node, content: [] };
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
  reportSharedStepIds(steps, problems);
  return { steps, stray };
}

/** `{#click-link}` at the very end of a heading. */
const explicitId = /\s*\{#([^{}]*)\}\s*$/;

/**
 * The title the learner sees, and the step's id: the author's own
 * `{#id}` if the heading ends with one, or else one made from the title.
 */
function titleAndIdOf(heading: Heading, problems: ProblemList): { title: string; id: string } {
  const text = toString(heading).trim();
  const match = explicitId.exec(text);
  if (!match) return { title: text, id: idFromText(text) };
  const title = text.slice(0, match.index).trim();
  const written = (match[1] ?? '').trim();
  if (authorIdPattern.test(written)) return { title, id: written };
  const example = slugOf(written) ?? slugOf(title) ?? 'my-step';
  problems.add(
    explicitIdPosition(heading) ?? startOf(heading),
    written === '' ? 'The step id in {#…} is empty.' : `The step id "${written}" is not allowed.`,
    `Write it with small letters a–z, digits and hyphens only, like: {#${example}}`,
  );
  return { title, id: idFromText(title) };
}

/** Where the `{#` stands, so the problem points at it and not at the start of the heading. */
function explicitIdPosition(heading: Heading): Position | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text' || !last.position || last.value.includes('\n')) return undefined;
  const brace = last.value.lastIndexOf('{#');
  if (brace === -1) return undefined;
  return { line: last.position.end.line, column: last.position.end.column - (last.value.length - brace) };
}

/** Saved progress keys on the step id, so two steps with one id would share the learner's place. */
function reportSharedStepIds(steps: readonly RawStep[], problems: ProblemList): void {
  const first = new Map<string, RawStep>();
  for (const step of steps) {
    const other = first.get(step.id);
    if (!other) {
      first.set(step.id, step);
      continue;
    }
    problems.add(
      startOf(step.heading),
      `Two steps have the id "${step.id}": "${other.title}" on line ${other.heading.position?.start.line ?? 1} and "${step.title}" here.`,
      `Give one of them its own id at the end of its heading: ## ${step.title} {#${step.id}-2}`,
    );
  }
}
