import { isPracticeKind, isPracticeScenario, practiceKinds } from '../../../practice/kinds.ts';
import { startOf } from '../context.ts';
import type { DirectiveRule } from './directive-rule.ts';

/** `::practice{kind=… scenario=…}`: a practice simulation, checked against the registry of known kinds. */
export const practiceDirective: DirectiveRule = {
  name: 'practice',
  form: 'leafDirective',
  attributes: ['kind', 'scenario'],
  compile(node, context) {
    const at = startOf(node);
    const kind = node.attributes?.kind ?? '';
    const scenario = node.attributes?.scenario ?? '';
    if (!isPracticeKind(kind)) {
      context.problems.add(
        at,
        kind ? `Unknown practice kind "${kind}".` : 'The practice has no kind.',
        `Write kind= one of: ${Object.keys(practiceKinds).join(', ')}.`,
      );
      return [];
    }
    if (!isPracticeScenario(kind, scenario)) {
      context.problems.add(
        at,
        scenario ? `The practice kind "${kind}" has no scenario "${scenario}".` : 'The practice has no scenario.',
        `Write scenario= one of: ${practiceKinds[kind].join(', ')}.`,
      );
      return [];
    }
    return [{ type: 'practice', kind, scenario }];
  },
};
