import type { LessonNode } from '../../../content/types.ts';
import { type CompileContext, startOf } from '../context.ts';
import { calloutDirectives } from './callout.ts';
import type { Directive, DirectiveRule } from './directive-rule.ts';
import { instructorDirective } from './instructor.ts';
import { practiceDirective } from './practice.ts';
import { quizDirective } from './quiz.ts';
import { termDirective } from './term.ts';

const rules: readonly DirectiveRule[] = [...calloutDirectives, quizDirective, instructorDirective, termDirective, practiceDirective];
const byName = new Map(rules.map((rule) => [rule.name, rule]));

const written: Record<Directive['type'], (name: string) => string> = {
  containerDirective: (name) => `:::${name}`,
  leafDirective: (name) => `::${name}`,
  textDirective: (name) => `:${name}[…]`,
};

export function compileDirective(node: Directive, context: CompileContext): LessonNode[] {
  const at = startOf(node);
  const rule = byName.get(node.name);
  if (!rule) {
    const known = rules.map((r) => written[r.form](r.name)).join(', ');
    context.problems.add(
      at,
      `Unknown box or directive "${written[node.type](node.name)}".`,
      node.type === 'textDirective'
        ? `Use one of: ${known}. If you meant an ordinary colon, put a space after it.`
        : `Use one of: ${known}.`,
    );
    return [];
  }
  if (rule.form !== node.type) {
    context.problems.add(at, `"${node.name}" is written the wrong way.`, `Write it as ${written[rule.form](rule.name)}, see docs/lesson-format.md.`);
    return [];
  }
  for (const attribute of Object.keys(node.attributes ?? {})) {
    if (!rule.attributes.includes(attribute)) {
      context.problems.add(
        at,
        `Unknown setting "${attribute}" on ${written[rule.form](rule.name)}.`,
        rule.attributes.length > 0 ? `It takes only: ${rule.attributes.join(', ')}.` : 'Remove the part in curly brackets {…}.',
      );
    }
  }
  return rule.compile(node, context);
}
