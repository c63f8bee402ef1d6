import { describe, expect, it } from 'vitest';
import type { CompiledLesson, GlossaryEntry, LessonNode } from '../../src/content/types.ts';
import { glossaryPage } from '../../src/lesson-pipeline/glossary-page.ts';

const entry = (id: string, term: string): GlossaryEntry => ({ id, term, definition: `Om ${term}.` });
const lesson = (id: string, lang: 'sv' | 'en', body: LessonNode[]): CompiledLesson => ({
  id,
  module: 'm',
  lang,
  title: `Lektion ${id}`,
  summary: '',
  order: 1,
  minutes: 5,
  objectives: ['x'],
  steps: [{ id: 's', title: 'S', body }],
});
const term = (id: string): LessonNode => ({ type: 'term', id, text: id, definition: '' });

const words = ['öppna', 'Zooma', 'ämne', 'e-post', 'app', 'åka', 'E-legitimation', 'webbläsare'].map((word, index) => entry(`w${index}`, word));

describe('the glossary page', () => {
  it('sorts Swedish words in Swedish order: å, ä, ö after z, capitals and hyphens as ordinary letters', () => {
    const page = glossaryPage('sv', words, []);
    expect(page.groups.flatMap((group) => group.entries.map((word) => word.term))).toEqual(['app', 'E-legitimation', 'e-post', 'webbläsare', 'Zooma', 'åka', 'ämne', 'öppna']);
    expect(page.groups.map((group) => group.letter)).toEqual(['A', 'E', 'W', 'Z', 'Å', 'Ä', 'Ö']);
  });

  it('sorts English words in English order, where å is a kind of a', () => {
    const page = glossaryPage('en', [entry('b', 'browser'), entry('a', 'åland'), entry('c', 'address')], []);
    expect(page.groups.flatMap((group) => group.entries.map((word) => word.term))).toEqual(['address', 'åland', 'browser']);
    expect(page.groups.map((group) => group.letter)).toEqual(['A', 'B']);
  });

  it('lists the lessons of its own language that explain a word, in the order given, wherever the word is', () => {
    const lessons = [
      lesson('one', 'sv', [{ type: 'element', tag: 'p', children: [term('w4')] }]),
      lesson('two', 'sv', [{ type: 'quiz', id: 'q', multiple: false, question: [term('w4')], options: [] }]),
      lesson('one', 'en', [term('w4')]),
      lesson('three', 'sv', [term('w0')]),
    ];
    const page = glossaryPage('sv', words, lessons);
    const app = page.groups[0]?.entries[0];
    expect(app?.term).toBe('app');
    expect(app?.lessons).toEqual([
      { id: 'one', title: 'Lektion one' },
      { id: 'two', title: 'Lektion two' },
    ]);
  });
});
