import type { Image, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LessonNode } from '../../content/types.ts';
import { type CompileContext, startOf } from './context.ts';

export function compileLink(node: Link, context: CompileContext): LessonNode[] {
  const children = context.convertChildren(node.children);
  const href = node.url.trim();
  const at = startOf(node);

  if (toString(node).trim() === '') {
    context.problems.add(at, 'The link has no text.', 'Write what the link leads to between the square brackets: [Skatteverket](https://…).');
  }
  if (/^(https:\/\/|mailto:)/i.test(href)) {
    return [{ type: 'link', href, children }];
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    const scheme = href.slice(0, href.indexOf(':') + 1).toLowerCase();
    context.problems.add(
      at,
      scheme === 'javascript:' ? 'A javascript: link is not allowed.' : `Links starting with ${scheme} are not allowed.`,
      'Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path.',
    );
    return children;
  }
  if (/\.md(#.*)?$/.test(href)) {
    const lessonId = context.resolveLessonLink(href.replace(/#.*$/, ''));
    if (lessonId) return [{ type: 'link', lessonId, children }];
    context.problems.add(at, `The link leads to a lesson file that does not exist: ${href}`, 'Check the path from this file, like ../email/what-is-email.sv.md.');
    return children;
  }
  context.problems.add(
    at,
    `The link address is not understood: ${href || '(empty)'}`,
    'Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path ending in .md.',
  );
  return children;
}

export function compileImage(node: Image, context: CompileContext): LessonNode[] {
  const at = startOf(node);
  const alt = (node.alt ?? '').trim();
  if (alt === '') {
    context.problems.add(
      at,
      'The picture has no alt text.',
      'Write what the picture shows between the square brackets: ![A keyboard with the @ key marked](…).',
    );
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) || node.url.startsWith('/')) {
    context.problems.add(at, `The picture must be a file in lessons/images, not ${node.url}.`, 'Save the picture in lessons/images/ and write the path from this file, like ../images/at-key.svg.');
    return [];
  }
  if (!/\.(svg|png|webp|jpe?g)$/i.test(node.url)) {
    context.problems.add(at, `The picture ${node.url} is not an SVG, PNG, WebP or JPEG file.`, 'Save the picture as SVG or PNG.');
    return [];
  }
  const image = context.resolveImage(node.url);
  if (!image) {
    context.problems.add(at, `The picture file does not exist: ${node.url}`, 'Check the file name and the path from this file, like ../images/at-key.svg.');
    return [];
  }
  return alt === '' ? [] : [{ type: 'image', alt, ...image }];
}
