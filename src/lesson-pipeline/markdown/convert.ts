import type { Nodes, List, ListItem } from 'mdast';
import type { ElementNode, ElementTag, LessonNode } from '../../content/types.ts';
import { type CompileContext, startOf } from './context.ts';
import { compileDirective } from './directives/index.ts';
import { compileImage, compileLink } from './links-and-images.ts';

export function element(tag: ElementTag, children: LessonNode[] = [], start?: number): ElementNode {
  return start === undefined ? { type: 'element', tag, children } : { type: 'element', tag, start, children };
}

/**
 * Turns Markdown nodes into lesson nodes. Anything not listed here is refused
 * with a message, so a lesson can only ever hold what the player knows how to
 * show accessibly.
 */
export function convertNode(node: Nodes, context: CompileContext): LessonNode[] {
  const children = (nodes: readonly Nodes[]) => context.convertChildren(nodes);
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'paragraph':
      return [element('p', children(node.children))];
    case 'emphasis':
      return [element('em', children(node.children))];
    case 'strong':
      return [element('strong', children(node.children))];
    case 'inlineCode':
      return [element('code', [node.value])];
    case 'code':
      return [element('pre', [element('code', [node.value])])];
    case 'break':
      return [element('br')];
    case 'thematicBreak':
      return [element('hr')];
    case 'blockquote':
      return [element('blockquote', children(node.children))];
    case 'heading':
      // Step titles (##) are taken out before this; the step title is the page's h1,
      // so ### becomes h2 and so on. Heading order is checked in steps.ts.
      return [element(node.depth === 3 ? 'h2' : node.depth === 4 ? 'h3' : 'h4', children(node.children))];
    case 'list':
      return [convertList(node, context)];
    case 'link':
      return compileLink(node, context);
    case 'image':
      return compileImage(node, context);
    case 'containerDirective':
    case 'leafDirective':
    case 'textDirective':
      return compileDirective(node, context);
    case 'html':
      context.problems.add(
        startOf(node),
        `Raw HTML is not allowed in lessons: ${node.value.trim().slice(0, 40)}`,
        'Remove it and use Markdown instead (see docs/lesson-format.md). Scripts and HTML are never run in Nätvana.',
      );
      return [];
    case 'linkReference':
    case 'imageReference':
    case 'definition':
      context.problems.add(
        startOf(node),
        'Links with a separate reference ([text][name]) are not supported.',
        'Write the address right after the text, in round brackets: [text](https://…).',
      );
      return [];
    case 'yaml':
      return [];
    default:
      context.problems.add(
        startOf(node),
        `This kind of Markdown (${node.type}) is not supported in lessons.`,
        'Use paragraphs, lists, headings with ###, pictures, links and the boxes in docs/lesson-format.md.',
      );
      return [];
  }
}

function convertList(list: List, context: CompileContext): ElementNode {
  const items = list.children.map((item) => convertListItem(item, list.spread === true, context));
  return list.ordered ? element('ol', items, list.start ?? 1) : element('ul', items);
}

function convertListItem(item: ListItem, loose: boolean, context: CompileContext): ElementNode {
  if (typeof item.checked === 'boolean') {
    context.problems.add(
      startOf(item),
      'A tick box (- [ ] or - [x]) is only allowed in a quiz.',
      'Put the list inside :::quiz and :::, or remove the [ ] and [x].',
    );
  }
  // In a tight list, Markdown wraps each item's text in a paragraph that no one sees;
  // unwrapping it keeps screen readers from announcing an empty paragraph per item.
  const content = item.children.flatMap((child) =>
    !loose && child.type === 'paragraph' ? context.convertChildren(child.children) : context.convertChildren([child]),
  );
  return element('li', content);
}
