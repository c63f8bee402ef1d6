// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CompiledLesson, PracticeProps, PracticeRegistry } from '../../src/content/index.ts';
import { LessonStep, type LessonEvents } from '../../src/player/index.ts';
import { recordingEvents } from '../helpers/recording-events.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const paragraph = (text: string) => ({ type: 'element' as const, tag: 'p' as const, children: [text] });

/** A lesson as the pipeline compiles it, with a quiz on the first step and a practice on the second. */
const lesson: CompiledLesson = {
  id: 'practice-lesson',
  module: 'first-steps',
  lang: 'sv',
  title: 'Öva på att logga in',
  summary: 'Du övar.',
  order: 1,
  minutes: 5,
  objectives: ['Du kan logga in.'],
  steps: [
    {
      id: 'first-question',
      title: 'En fråga',
      body: [
        {
          type: 'quiz',
          id: 'first-question.colour',
          multiple: false,
          question: [paragraph('Vilken färg har himlen?')],
          options: [
            { id: 'blue', correct: true, label: ['Blå'], feedback: [paragraph('Ja.')] },
            { id: 'green', correct: false, label: ['Grön'], feedback: [paragraph('Nej.')] },
          ],
        },
      ],
    },
    { id: 'try-it', title: 'Prova själv', body: [{ type: 'practice', kind: 'e-id', scenario: 'login-this-device' }] },
  ],
};

const links = { back: '/sv/module/first-steps/', next: '/sv/lesson/practice-lesson/2/', lessonHref: (id: string) => `/sv/lesson/${id}/1/`, glossaryHref: (id: string) => `/sv/glossary/#word-${id}` };


/** A stand-in for a practice kind: shows what it was given and reports an outcome when pressed. */
function FakePractice({ scenario, language, onOutcome }: PracticeProps) {
  return (
    <button type="button" onClick={() => onOutcome({ kind: scenario.kind, scenario: scenario.id, done: true, choices: ['approve'] })}>
      {`Övning ${scenario.kind}/${scenario.id} på ${language}`}
    </button>
  );
}

const renderStep = (stepIndex: number, events: LessonEvents, practices: PracticeRegistry = {}) =>
  renderInLanguage(
    <MemoryRouter>
      <LessonStep lesson={lesson} stepIndex={stepIndex} links={links} events={events} practices={practices} />
    </MemoryRouter>,
  );

describe('what the player reports through the events it is given', () => {
  it('says which step came on screen, by its stable id', async () => {
    const events = recordingEvents();
    await renderStep(0, events);
    expect(events.calls).toContainEqual(['stepShown', { lessonId: 'practice-lesson', lang: 'sv', stepId: 'first-question', stepNumber: 1, stepCount: 2 }]);
  });

  it('says how a quiz was answered, with the quiz’s and the options’ ids', async () => {
    const events = recordingEvents();
    const { user } = await renderStep(0, events);
    await user.click(screen.getByRole('radio', { name: 'Grön' }));
    await user.click(screen.getByRole('button', { name: /^Svara / }));
    expect(events.calls).toContainEqual([
      'quizAnswered',
      { lessonId: 'practice-lesson', lang: 'sv', stepId: 'first-question', quizId: 'first-question.colour', chosen: ['green'], outcome: 'wrong' },
    ]);
  });
});

describe('a practice in a step', () => {
  it('is drawn with the component the registry gives for its kind, downloaded when the step shows', async () => {
    const load = vi.fn(async () => FakePractice);
    await renderStep(1, recordingEvents(), { 'e-id': { load } });
    expect(await screen.findByRole('button', { name: 'Övning e-id/login-this-device på sv' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports its outcome, with the step it was on', async () => {
    const events = recordingEvents();
    const { user } = await renderStep(1, events, { 'e-id': { load: async () => FakePractice } });
    await user.click(await screen.findByRole('button', { name: /^Övning e-id/ }));
    expect(events.calls).toContainEqual([
      'practiceOutcome',
      { lessonId: 'practice-lesson', lang: 'sv', stepId: 'try-it', outcome: { kind: 'e-id', scenario: 'login-this-device', done: true, choices: ['approve'] } },
    ]);
  });

  it('is named honestly when the registry has no component for its kind', async () => {
    await renderStep(1, recordingEvents(), {});
    expect(screen.getByRole('region', { name: 'Övning' })).toHaveTextContent('Den här övningen finns inte i den här versionen av Nätvana.');
  });

  it('offers to try again when its download fails, and shows it once the download works', async () => {
    const load = vi.fn<() => Promise<typeof FakePractice>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(FakePractice);
    const { user } = await renderStep(1, recordingEvents(), { 'e-id': { load } });
    await user.click(await screen.findByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('button', { name: /^Övning e-id/ })).toBeInTheDocument();
  });

  it('keeps the rest of the step working when the practice itself breaks', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('A bug in the practice.');
    };
    await renderStep(1, recordingEvents(), { 'e-id': { load: async () => Broken } });
    expect(await screen.findByText('Övningen fungerar inte just nu. Försök igen, eller gå vidare till nästa steg.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Klar' })).toBeInTheDocument();
  });
});
