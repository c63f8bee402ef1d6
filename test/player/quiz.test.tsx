// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ElementNode, QuizNode } from '../../src/content/types.ts';
import { LessonContent } from '../../src/player/lesson-content.tsx';
import { Quiz } from '../../src/player/quiz.tsx';
import { renderInLanguage } from '../helpers/render-player.tsx';

const paragraph = (text: string): ElementNode => ({ type: 'element', tag: 'p', children: [text] });

/** As the pipeline compiles the example in docs/lesson-format.md: one right answer. */
const emailQuiz: QuizNode = {
  type: 'quiz',
  id: '7-1',
  multiple: false,
  question: [paragraph('Vilken av de här är en e-postadress?')],
  options: [
    {
      id: 'a',
      correct: true,
      label: ['anna.svensson@exempel.se'],
      feedback: [paragraph('Rätt! En e-postadress har alltid tecknet @ i mitten.')],
    },
    {
      id: 'b',
      correct: false,
      label: ['www.exempel.se'],
      feedback: [paragraph('Det är en webbadress. En e-postadress har tecknet @.')],
    },
    {
      id: 'c',
      correct: false,
      label: ['070-123 45 67'],
      feedback: [paragraph('Det är ett telefonnummer.')],
    },
  ],
};

/** Two right answers among three. */
const scamQuiz: QuizNode = {
  type: 'quiz',
  id: '7-2',
  multiple: true,
  question: [paragraph('Vad kan visa att ett mejl är falskt?')],
  options: [
    { id: 'a', correct: true, label: ['Du måste skynda dig.'], feedback: [paragraph('Ja, bråttom är ett varningstecken.')] },
    { id: 'b', correct: true, label: ['Du ska logga in via en länk.'], feedback: [paragraph('Ja, banken ber dig aldrig om det.')] },
    { id: 'c', correct: false, label: ['Mejlet har en avsändare.'], feedback: [paragraph('Alla mejl har en avsändare.')] },
  ],
};

const renderQuiz = (quiz: QuizNode) => renderInLanguage(<Quiz quiz={quiz} LessonContent={LessonContent} />);
/** The quiz's one button: its name is the visible word, then the question (see quiz-button-names.test.tsx). */
const answerButton = () => screen.getByRole('button', { name: /^Svara / });
const politeRegion = () => screen.getByTestId('announcer-polite');

describe('Quiz', () => {
  it('groups the answers in a fieldset named by the question', async () => {
    await renderQuiz(emailQuiz);
    const group = screen.getByRole('group', { name: 'Vilken av de här är en e-postadress?' });
    expect(group.tagName).toBe('FIELDSET');
  });

  it('describes the group with how to answer', async () => {
    await renderQuiz(emailQuiz);
    expect(screen.getByRole('group', { name: 'Vilken av de här är en e-postadress?' })).toHaveAccessibleDescription(
      'Välj ett svar. Tryck sedan på Svara.',
    );
  });

  it('offers one answer as native radio buttons named by their text, none chosen', async () => {
    await renderQuiz(emailQuiz);
    const group = screen.getByRole('group', { name: 'Vilken av de här är en e-postadress?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    for (const name of ['anna.svensson@exempel.se', 'www.exempel.se', '070-123 45 67']) {
      const radio = within(group).getByRole('radio', { name });
      expect(radio).toHaveAttribute('type', 'radio');
      expect(radio).not.toBeChecked();
    }
  });

  it('offers several answers as native checkboxes, and says to choose all that are right', async () => {
    await renderQuiz(scamQuiz);
    const group = screen.getByRole('group', { name: 'Vad kan visa att ett mejl är falskt?' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(group).queryByRole('radio')).not.toBeInTheDocument();
    expect(group).toHaveAccessibleDescription('Välj alla svar som stämmer. Tryck sedan på Svara.');
  });

  it('asks the learner to choose an answer first when nothing is chosen', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(answerButton());
    // The announcer may already be saying it too: this is the words shown beside the question.
    expect(screen.getByText('Välj ett svar först.', { ignore: '[aria-live], [aria-live] *' })).toBeInTheDocument();
    expect(screen.queryByText('Inte riktigt.')).not.toBeInTheDocument();
    expect(screen.queryByText('Rätt!')).not.toBeInTheDocument();
  });

  it('announces that an answer must be chosen first', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(answerButton());
    await waitFor(() => expect(politeRegion()).toHaveTextContent('Välj ett svar först.'));
  });

  it('shows "Inte riktigt." and the chosen option’s feedback for a wrong answer', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(screen.getByRole('radio', { name: 'www.exempel.se' }));
    await user.click(answerButton());
    expect(screen.getByText('Inte riktigt.')).toBeInTheDocument();
    expect(screen.getByText('Det är en webbadress. En e-postadress har tecknet @.')).toBeInTheDocument();
    expect(screen.queryByText('Det är ett telefonnummer.')).not.toBeInTheDocument();
    expect(screen.queryByText('Rätt!')).not.toBeInTheDocument();
  });

  it('invites the learner to try again after a wrong answer, with the answers still open to change', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(screen.getByRole('radio', { name: 'www.exempel.se' }));
    await user.click(answerButton());
    expect(screen.getByText('Du kan välja ett annat svar och försöka igen.')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeEnabled();
    expect(answerButton()).toBeEnabled();
  });

  it('accepts a new answer after a wrong one and then says "Rätt!"', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(screen.getByRole('radio', { name: 'www.exempel.se' }));
    await user.click(answerButton());
    await user.click(screen.getByRole('radio', { name: 'anna.svensson@exempel.se' }));
    expect(screen.queryByText('Inte riktigt.')).not.toBeInTheDocument();
    await user.click(answerButton());
    expect(screen.getByText('Rätt!')).toBeInTheDocument();
    expect(screen.queryByText('Det är en webbadress. En e-postadress har tecknet @.')).not.toBeInTheDocument();
  });

  it('says "Rätt!" with the option’s feedback, and no invitation to try again, for the right answer', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(screen.getByRole('radio', { name: 'anna.svensson@exempel.se' }));
    await user.click(answerButton());
    expect(screen.getByText('Rätt!')).toBeInTheDocument();
    expect(screen.getByText('Rätt! En e-postadress har alltid tecknet @ i mitten.')).toBeInTheDocument();
    expect(screen.queryByText('Du kan välja ett annat svar och försöka igen.')).not.toBeInTheDocument();
  });

  it('announces the result and the feedback in the polite live region', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.click(screen.getByRole('radio', { name: 'www.exempel.se' }));
    await user.click(answerButton());
    await waitFor(() =>
      expect(politeRegion()).toHaveTextContent('Inte riktigt. Det är en webbadress. En e-postadress har tecknet @.'),
    );
    expect(politeRegion()).toHaveAttribute('aria-live', 'polite');
  });

  it('keeps focus on the answer button when the learner answers with the keyboard', async () => {
    const { user } = await renderQuiz(emailQuiz);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'anna.svensson@exempel.se' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'www.exempel.se' })).toBeChecked();
    await user.tab();
    expect(answerButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(politeRegion()).toHaveTextContent('Inte riktigt.'));
    expect(screen.getByText('Inte riktigt.')).toBeInTheDocument();
    expect(document.activeElement).toBe(answerButton());
  });

  it('says how many of the right answers were chosen when only some were', async () => {
    const { user } = await renderQuiz(scamQuiz);
    await user.click(screen.getByRole('checkbox', { name: 'Du måste skynda dig.' }));
    await user.click(answerButton());
    expect(screen.getByText('Nästan. Du har valt 1 av 2 rätta svar.')).toBeInTheDocument();
    expect(screen.getByText('Ja, bråttom är ett varningstecken.')).toBeInTheDocument();
  });

  it('does not say "Rätt!" when a wrong answer is ticked along with all the right ones, and explains the wrong one', async () => {
    const { user } = await renderQuiz(scamQuiz);
    for (const name of ['Du måste skynda dig.', 'Du ska logga in via en länk.', 'Mejlet har en avsändare.']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    await user.click(answerButton());
    expect(screen.queryByText('Rätt!')).not.toBeInTheDocument();
    expect(screen.getByText('Alla mejl har en avsändare.')).toBeInTheDocument();
  });

  it('says "Rätt!" when exactly the right answers are ticked', async () => {
    const { user } = await renderQuiz(scamQuiz);
    await user.click(screen.getByRole('checkbox', { name: 'Du måste skynda dig.' }));
    await user.click(screen.getByRole('checkbox', { name: 'Du ska logga in via en länk.' }));
    await user.click(answerButton());
    expect(screen.getByText('Rätt!')).toBeInTheDocument();
  });
});
