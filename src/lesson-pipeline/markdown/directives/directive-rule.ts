import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { LessonNode } from '../../../content/types.ts';
import type { CompileContext } from '../context.ts';

// Apart from index.ts, so each directive file can use these without importing the list of all directives (an import cycle).

export type Directive = ContainerDirective | LeafDirective | TextDirective;

export interface DirectiveRule {
  name: string;
  /** How the directive is written: `:::name` (container), `::name` (leaf) or `:name[…]` (text). */
  form: Directive['type'];
  attributes: readonly string[];
  compile(node: Directive, context: CompileContext): LessonNode[];
}

/** The children of a directive, without its `[label]`. */
export function bodyOf(node: ContainerDirective) {
  return node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
}

/** The text of a directive's `[label]`, if it has one. */
export function labelOf(node: ContainerDirective): string | undefined {
  const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
  if (!label || label.type !== 'paragraph') return undefined;
  return label.children.map((child) => ('value' in child ? child.value : '')).join('').trim() || undefined;
}
