import { startOf } from '../context.ts';
import type { DirectiveRule } from './directive-rule.ts';

/**
 * `::practice{kind=… scenario=…}`: a practice simulation. The kind must be one
 * of src/practice/registry.ts, and the scenario a file in
 * `lessons/practice/<kind>/`; anything else would show the learner a note
 * instead of a practice, so it is refused with the reason.
 */
export const practiceDirective: DirectiveRule = {
  name: 'practice',
  form: 'leafDirective',
  attributes: ['kind', 'scenario'],
  compile(node, context) {
    const at = startOf(node);
    const kind = node.attributes?.kind ?? '';
    const scenario = node.attributes?.scenario ?? '';
    const kinds = [...context.practiceScenarios.keys()].sort();
    if (!context.practiceScenarios.has(kind)) {
      context.problems.add(at, kind ? `Unknown practice kind "${kind}".` : 'The practice has no kind.', `Write kind= one of: ${kinds.join(', ')}, or take the practice out of the lesson.`);
      return [];
    }
    const scenarios = [...(context.practiceScenarios.get(kind) ?? [])].sort();
    if (!scenarios.includes(scenario)) {
      context.problems.add(
        at,
        scenario ? `The practice kind "${kind}" has no scenario "${scenario}".` : 'The practice has no scenario.',
        scenarios.length > 0
          ? `Write scenario= one of: ${scenarios.join(', ')}, or write the scenario as lessons/practice/${kind}/${scenario || '<id>'}.yaml.`
          : `Write the scenario as lessons/practice/${kind}/${scenario || '<id>'}.yaml (see docs/lesson-format.md).`,
      );
      return [];
    }
    return [{ type: 'practice', kind, scenario }];
  },
};
