import { createHash } from 'node:crypto';
import type { ElementTag, LessonNode } from '../../content/types.ts';

/**
 * Ids that saved progress, read-aloud and translations key on. Each id comes
 * from the thing's own text (or from an id the author writes), never from its
 * position, so inserting a step, a paragraph or an answer elsewhere leaves
 * every other id as it was.
 */

/** What an author may write as an id: small letters a–z, digits, single hyphens. */
export const authorIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const hashLength = 8;

/** The same text always gives the same 8 hex digits; line wrapping and spacing do not count. */
export function shortHash(text: string): string {
  return createHash('sha256').update(normalizedText(text)).digest('hex').slice(0, hashLength);
}

function normalizedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Letters that Unicode does not split into a base letter and a mark, so stripping marks alone would drop them. */
const latinWithoutMarks: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * `Klicka på länken` → `klicka-pa-lanken`. Undefined when the text has letters
 * of another script (Arabic, Cyrillic…): a slug would keep only its Latin
 * parts or nothing, so two different titles could get the same id.
 */
export function slugOf(text: string): string | undefined {
  const latin = text
    .toLowerCase()
    .normalize('NFD')
    // Marks after the base letter: å → a, ä → a, ö → o, é → e.
    .replace(/\p{M}/gu, '')
    .replace(/[æøœßłđðþı]/g, (letter) => latinWithoutMarks[letter] ?? letter);
  if (/(?![a-z])\p{L}/u.test(latin)) return undefined;
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug === '' ? undefined : slug;
}

/**
 * An id from text: its slug, or a short hash where there is no slug. A slug
 * longer than `maxLength` is cut at a word and given the hash of the whole
 * text, so two long texts that start alike still get their own ids.
 */
export function idFromText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const slug = slugOf(text);
  if (!slug) return shortHash(text);
  if (slug.length <= maxLength) return slug;
  const room = Math.max(1, maxLength - hashLength - 1);
  // One character more than there is room for shows whether the cut falls between words.
  const head = slug.slice(0, room + 1);
  const lastHyphen = head.lastIndexOf('-');
  return `${lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, room)}-${shortHash(text)}`;
}

/** Hands out ids unique within one scope: the second of two equal ids gets `-2`, the third `-3`. */
export class IdScope {
  private readonly taken = new Map<string, number>();

  take(id: string): string {
    const count = (this.taken.get(id) ?? 0) + 1;
    this.taken.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  }
}

/**
 * The blocks that get an id: the ones that hold a run of text a learner
 * reads, hears or a translator translates as one piece. Lists, quotes and
 * rules only hold such blocks (their items and paragraphs get ids), and
 * inline elements are part of their block's text.
 */
const textBlockTags: ReadonlySet<ElementTag> = new Set(['p', 'h2', 'h3', 'h4', 'li', 'pre']);

/**
 * The nodes with an id on every text block, `<tag>-<hash of its text>`, in
 * document order, unique within `scope` (one scope per step).
 */
export function withBlockIds(nodes: readonly LessonNode[], scope: IdScope): LessonNode[] {
  return nodes.map((node): LessonNode => {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'element': {
        const id = textBlockTags.has(node.tag) ? scope.take(`${node.tag}-${shortHash(plainTextOf(node.children))}`) : undefined;
        const children = withBlockIds(node.children, scope);
        return id === undefined ? { ...node, children } : { ...node, id, children };
      }
      case 'link':
      case 'callout':
        return { ...node, children: withBlockIds(node.children, scope) };
      case 'quiz':
        return {
          ...node,
          question: withBlockIds(node.question, scope),
          options: node.options.map((option) => ({
            ...option,
            label: withBlockIds(option.label, scope),
            feedback: withBlockIds(option.feedback, scope),
          })),
        };
      default:
        return node;
    }
  });
}

/** The text of nodes as a learner reads it: words explained by their word, pictures by their alt text. */
function plainTextOf(nodes: readonly LessonNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      switch (node.type) {
        case 'element':
          return node.tag === 'br' ? ' ' : plainTextOf(node.children);
        case 'link':
        case 'callout':
          return plainTextOf(node.children);
        case 'term':
          return node.text;
        case 'image':
          return node.alt;
        default:
          return '';
      }
    })
    .join('');
}
