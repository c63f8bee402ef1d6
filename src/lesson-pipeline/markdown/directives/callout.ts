import type { CalloutNode } from '../../../content/types.ts';
import { startOf } from '../context.ts';
import { bodyOf, labelOf, type DirectiveRule } from './directive-rule.ts';

function callout(kind: CalloutNode['kind']): DirectiveRule {
  return {
    name: kind,
    form: 'containerDirective',
    attributes: [],
    compile(node, context) {
      if (node.type !== 'containerDirective') return [];
      const body = bodyOf(node);
      if (body.length === 0) {
        context.problems.add(startOf(node), `The ${kind} box is empty.`, `Write its text between :::${kind} and :::.`);
        return [];
      }
      const title = labelOf(node);
      const children = context.convertChildren(body);
      return [title ? { type: 'callout', kind, title, children } : { type: 'callout', kind, children }];
    },
  };
}

/** `:::tip` and `:::warning`: shown as labelled boxes the learner can find by their heading. */
export const calloutDirectives: readonly DirectiveRule[] = [callout('tip'), callout('warning')];
