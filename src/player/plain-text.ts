import type { LessonNode } from '../content/types.ts';

/** The words of lesson nodes, for announcements and titles. */
export function plainText(nodes: readonly LessonNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.type === 'term') return node.text;
      if (node.type === 'image') return node.alt;
      if ('children' in node) {
        const text = plainText(node.children);
        return node.type === 'element' && ['p', 'li', 'h2', 'h3', 'h4'].includes(node.tag) ? `${text} ` : text;
      }
      return '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
