/**
 * The same word for the same thing: the glossary may list a term's synonyms,
 * and a lesson that uses one (in the learner's text) gets a warning naming the
 * term to use instead. A warning never stops the build.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { LessonLanguage } from '../i18n/languages.ts';
import type { Problem } from './problems.ts';

export interface Synonym {
  /** The glossary id, e.g. email-address. */
  id: string;
  term: string;
  synonym: string;
}

/** Endings a word may take and still be the synonym: mejladress, mejladressen, mejladresser. */
const endings: Record<LessonLanguage, string> = {
  sv: '(?:en|et|n|t|er|erna|ar|arna|or|orna|na|s|ens|ets|ns)?',
  en: "(?:s|es|'s|’s)?",
};

function patternFor(synonym: string, language: LessonLanguage): RegExp {
  const escaped = synonym.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}${endings[language]}(?![\\p{L}\\p{N}])`, 'giu');
}

interface PlacedText {
  value: string;
  line: number;
  column: number;
}

/** Every piece of learner text with where it starts: text nodes, alt texts and the front matter's title, summary, objectives. */
function placedTexts(root: Root): PlacedText[] {
  const found: PlacedText[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'containerDirective' && node.name === 'instructor') return;
    if (node.type === 'leafDirective' || node.type === 'code' || node.type === 'html') return;
    if (node.type === 'yaml') {
      const first = (node.position?.start.line ?? 1) + 1;
      node.value.split('\n').forEach((line, index) => {
        if (/^(?:title|summary):|^\s+-\s/.test(line)) found.push({ value: line, line: first + index, column: 1 });
      });
      return;
    }
    const start = node.position?.start;
    if (node.type === 'text') found.push({ value: node.value, line: start?.line ?? 1, column: start?.column ?? 1 });
    else if (node.type === 'image' && node.alt) found.push({ value: node.alt, line: start?.line ?? 1, column: (start?.column ?? 1) + 2 });
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(root);
  return found;
}

/** A warning for each place a lesson uses a synonym instead of its glossary term. */
export function synonymWarnings(root: Root, file: string, synonyms: readonly Synonym[], language: LessonLanguage): Problem[] {
  if (synonyms.length === 0) return [];
  const patterns = synonyms.map((entry) => ({ entry, pattern: patternFor(entry.synonym, language) }));
  const warnings: Problem[] = [];
  for (const text of placedTexts(root)) {
    for (const { entry, pattern } of patterns) {
      for (const match of text.value.matchAll(pattern)) {
        const before = text.value.slice(0, match.index);
        const lineOffset = before.split('\n').length - 1;
        const column = lineOffset === 0 ? text.column + before.length : before.length - before.lastIndexOf('\n');
        warnings.push({
          file,
          line: text.line + lineOffset,
          column,
          message: `"${match[0]}" is another word for "${entry.term}" (${entry.id} in the glossary).`,
          fix: `Write "${entry.term}", so the lessons use one word for one thing.`,
        });
      }
    }
  }
  return warnings.sort((a, b) => a.line - b.line || a.column - b.column);
}
