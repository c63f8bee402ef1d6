import { startOf } from '../context.ts';
import { bodyOf, type DirectiveRule } from './directive-rule.ts';

/** `:::instructor`: notes kept with their step for the instructor tools; never shown to learners. */
export const instructorDirective: DirectiveRule = {
  name: 'instructor',
  form: 'containerDirective',
  attributes: [],
  compile(node, context) {
    if (node.type !== 'containerDirective') return [];
    const body = bodyOf(node);
    if (body.length === 0) {
      context.problems.add(startOf(node), 'The instructor note is empty.', 'Write the note between :::instructor and :::, or remove it.');
      return [];
    }
    context.step.instructorNotes.push(context.convertChildren(body));
    return [];
  },
};
