// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ElementNode, QuizNode } from '../../src/content/types.ts';
import { LessonContent } from '../../src/player/lesson-content.tsx';
import { renderInLanguage } from '../helpers/render-player.tsx';

const paragraph = (text: string): ElementNode => ({ type: 'element', tag: 'p', children: [text] });

const quiz = (id: string, question: ElementNode['children'], answers: [string, string]): QuizNode => ({
  type: 'quiz',
  id,
  multiple: false,
  question: [{ type: 'element', tag: 'p', children: question }],
  options: answers.map((label, index) => ({ id: `${id}-${index}`, correct: index === 0, label: [label], feedback: [paragraph('Så är det.')] })),
});

/** A step with three quizzes, as a lesson's self-check has: one question holds a word explained. */
const threeQuizzes: QuizNode[] = [
  quiz('colour', ['Vilken färg har himlen?'], ['Blå', 'Grön']),
  quiz('animal', ['Vilket djur säger mjau?'], ['Katten', 'Hunden']),
  quiz('word', ['Vad gör en ', { type: 'term', id: 'webblasare', text: 'webbläsare', definition: 'Ett program som visar webbsidor.' }, '?'], ['Visar sidor', 'Lagar mat']),
];

describe('several quizzes on one step', () => {
  it('gives each "Svara" button a name of its own, in a list of the buttons alone', async () => {
    // In a router: the word explained links to the glossary.
    await renderInLanguage(
      <MemoryRouter>
        <LessonContent nodes={threeQuizzes} />
      </MemoryRouter>,
    );
    const names = screen
      .getAllByRole('button', { name: /^Svara/ })
      .map((button) => button.textContent?.replace(/\s+/g, ' ').trim());
    expect(names).toEqual(['Svara Vilken färg har himlen?', 'Svara Vilket djur säger mjau?', 'Svara Vad gör en webbläsare?']);
    expect(new Set(names).size).toBe(3);
  });

  it('shows only the word "Svara", which starts the name (WCAG 2.5.3, label in name)', async () => {
    // In a router: the word explained links to the glossary.
    await renderInLanguage(
      <MemoryRouter>
        <LessonContent nodes={threeQuizzes} />
      </MemoryRouter>,
    );
    for (const button of screen.getAllByRole('button', { name: /^Svara/ })) {
      const shown = Array.from(button.childNodes)
        .filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent)
        .join('')
        .trim();
      expect(shown).toBe('Svara');
      expect(button).toHaveAccessibleName(expect.stringMatching(/^Svara \S/));
    }
  });

  it('keeps the question in the lesson’s language inside a button in the interface’s language', async () => {
    await renderInLanguage(
      <MemoryRouter>
        <LessonContent nodes={threeQuizzes.slice(0, 1)} />
      </MemoryRouter>,
      'ar',
    );
    const button = screen.getByRole('button', { name: /^أجب / });
    expect(button).toHaveAttribute('lang', 'ar');
    expect(within(button).getByText('Vilken färg har himlen?')).toHaveAttribute('lang', 'sv');
  });
});
