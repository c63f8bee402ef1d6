import type { CompiledLesson, GlossaryEntry, GlossaryLetterGroup, GlossaryPageData } from '../content/types.ts';
import type { LessonLanguage } from '../i18n/languages.ts';
import { forEachNode } from './walk.ts';

/** The ids of the glossary words a lesson explains with `:term[…]`, in any step, box, quiz question or answer. */
export function termIdsOf(lesson: CompiledLesson): Set<string> {
  const found = new Set<string>();
  forEachNode(lesson, (node) => {
    if (node.type === 'term') found.add(node.id);
  });
  return found;
}

/**
 * A language's glossary page: every word in the language's own alphabetical
 * order (Swedish puts å, ä and ö after z; sorted here, at build time, so old
 * browsers need no collation data), each with the shown lessons that explain
 * it, in the curriculum's order.
 */
export function glossaryPage(language: LessonLanguage, entries: readonly GlossaryEntry[], lessons: readonly CompiledLesson[]): GlossaryPageData {
  const collator = new Intl.Collator(language, { sensitivity: 'base', ignorePunctuation: false });
  const own = lessons.filter((lesson) => lesson.lang === language).map((lesson) => ({ lesson, terms: termIdsOf(lesson) }));
  const sorted = [...entries]
    .sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id))
    .map((entry) => ({
      ...entry,
      lessons: own.filter(({ terms }) => terms.has(entry.id)).map(({ lesson }) => ({ id: lesson.id, title: lesson.title })),
    }));
  const groups: GlossaryLetterGroup[] = [];
  for (const entry of sorted) {
    const letter = firstLetter(entry.term, language);
    const last = groups.at(-1);
    // The collator decides what counts as the same letter: in Swedish "Ä" is its own, in English it is "A".
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return { lang: language, groups };
}

/** The first letter of a word, as a capital: "e-post" → "E", "ämne" → "Ä". */
function firstLetter(term: string, language: LessonLanguage): string {
  const letter = [...term.trim()].find((character) => /\p{L}|\p{N}/u.test(character)) ?? term.charAt(0);
  return letter.toLocaleUpperCase(language);
}
