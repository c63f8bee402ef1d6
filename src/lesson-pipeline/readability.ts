/**
 * Plain language, measured: LIX for Swedish lessons and Flesch reading ease
 * for English ones, over the text a learner reads. The rules are the lesson
 * writers' quick tool's (a copy: test/lesson-pipeline/readability-tool.mjs),
 * applied to the parsed Markdown instead of to lines, so a term, a link or bold
 * text counts as its words and nothing else. Two differences, both on purpose:
 * a step's `{#id}` is not counted (the tool reads it as a word), and a box's
 * own title (`:::tip[Title]`) is (the tool skips it). The rules:
 * - learner text only: the title, summary and objectives, headings, paragraphs,
 *   list items, boxes, quiz questions, answers and feedback, picture alt text;
 *   never instructor notes, practice directives or `{#step-id}`s.
 * - every heading, list item line (a quiz answer and its feedback are two lines),
 *   box label and alt text ends a sentence, with or without a full stop.
 * - sentences end at . ! ? followed by a space or the end; words are runs of
 *   letters and digits, joined by - or '.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { LessonLanguage } from '../i18n/languages.ts';
import { limits } from './limits.ts';

/** One piece of learner text that ends a sentence, and the line of the file it starts on. */
export interface TextUnit {
  text: string;
  line: number;
}

export interface Sentence {
  words: string[];
  text: string;
  line: number;
}

export interface Readability {
  /** LIX (Swedish) or Flesch reading ease (English). */
  measure: 'LIX' | 'Flesch';
  score: number;
  words: number;
  sentences: number;
  /** The longest sentences first (at most three), for the message that asks to shorten them. */
  longestSentences: Sentence[];
  /** Words in the longest sentence. */
  longest: number;
  /** Whether the score is within the limit in limits.ts. */
  ok: boolean;
}

export interface FrontMatterText {
  title: string;
  summary: string;
  objectives: readonly string[];
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const sentenceEnd = /[.!?]+(?=\s|$)/;
const stepId = /\s*\{#[^{}]*\}\s*$/;

/** The learner text of a parsed lesson, in reading order. Front matter lines come first, at `frontMatterLine`. */
export function learnerText(root: Root, frontMatter: FrontMatterText | undefined, frontMatterLine = 1): TextUnit[] {
  const units: TextUnit[] = [];
  if (frontMatter) {
    for (const text of [frontMatter.title, frontMatter.summary, ...frontMatter.objectives]) units.push({ text, line: frontMatterLine });
  }
  const add = (text: string, node: Nodes) => {
    if (text.trim() !== '') units.push({ text, line: node.position?.start.line ?? 1 });
  };

  const block = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'html':
      case 'leafDirective': // ::practice{…}: the practice's own text is not the lesson's
        return;
      case 'heading':
        add(inlineText(node.children, units).replace(stepId, ''), node);
        return;
      case 'paragraph':
        add(inlineText(node.children, units), node);
        return;
      case 'listItem':
        for (const child of node.children) {
          if (child.type === 'paragraph') {
            // An answer and its feedback under it are two lines of one paragraph: each ends a sentence.
            const first = child.position?.start.line ?? 1;
            inlineText(child.children, units)
              .split('\n')
              .forEach((line, index) => {
                if (line.trim() !== '') units.push({ text: line, line: first + index });
              });
          } else {
            block(child);
          }
        }
        return;
      case 'containerDirective':
        if (node.name === 'instructor') return;
        for (const child of node.children) block(child);
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) block(child);
    }
  };
  block(root);
  return units;
}

/** The words of inline content; a picture's alt text becomes a unit of its own. */
function inlineText(nodes: readonly Nodes[], units: TextUnit[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (node.type === 'image') {
      if (node.alt) units.push({ text: node.alt, line: node.position?.start.line ?? 1 });
    } else if (node.type === 'html') continue;
    else if ('children' in node) text += inlineText(node.children as Nodes[], units);
  }
  return text;
}

export function sentencesOf(units: readonly TextUnit[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const unit of units) {
    for (const part of unit.text.split(sentenceEnd)) {
      const words = part.match(wordPattern) ?? [];
      if (words.length > 0) sentences.push({ words, text: part.replace(/\s+/g, ' ').trim(), line: unit.line });
    }
  }
  return sentences;
}

/** English syllables, counted as the tool counts them: groups of vowels, less a silent final e. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** LIX = words per sentence + 100 × long words (more than six letters) / words. */
export function lix(sentences: readonly Sentence[]): number {
  const words = sentences.flatMap((sentence) => sentence.words);
  const long = words.filter((word) => word.replace(/[-'’]/g, '').length > 6).length;
  return words.length / Math.max(1, sentences.length) + (100 * long) / Math.max(1, words.length);
}

/** Flesch reading ease = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(sentences: readonly Sentence[]): number {
  const words = sentences.flatMap((sentence) => sentence.words);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 206.835 - 1.015 * (words.length / Math.max(1, sentences.length)) - 84.6 * (syllableCount / Math.max(1, words.length));
}

export function readabilityOf(units: readonly TextUnit[], language: LessonLanguage): Readability {
  const sentences = sentencesOf(units);
  const words = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const longestSentences = [...sentences].sort((a, b) => b.words.length - a.words.length || a.line - b.line).slice(0, 3);
  const longest = longestSentences[0]?.words.length ?? 0;
  if (language === 'sv') {
    const score = lix(sentences);
    return { measure: 'LIX', score, words, sentences: sentences.length, longestSentences, longest, ok: score <= limits.readability.lixMax };
  }
  const score = fleschReadingEase(sentences);
  return { measure: 'Flesch', score, words, sentences: sentences.length, longestSentences, longest, ok: score >= limits.readability.fleschMin };
}

/** The problem's message and fix for a lesson above the limit: which sentences to shorten first. */
export function readabilityProblem(result: Readability): { message: string; fix: string } {
  const score = result.score.toFixed(1);
  const message =
    result.measure === 'LIX'
      ? `The lesson is too hard to read: LIX ${score}; at most ${limits.readability.lixMax} is allowed.`
      : `The lesson is too hard to read: Flesch reading ease ${score}; at least ${limits.readability.fleschMin} is needed.`;
  const examples = result.longestSentences.map((sentence) => `line ${sentence.line} (${sentence.words.length} words) "${shorten(sentence.text)}"`);
  return {
    message,
    fix: `Shorten the longest sentences: ${examples.join('; ')}. Use everyday words; split a long word or sentence in two.`,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
