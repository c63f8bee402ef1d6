// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { hostedPractice } from '../../../src/practice/host/hosted-practice.tsx';
import { savedPlacesKey } from '../../../src/practice/host/saved-places.ts';
import type { AnyPracticeView } from '../../../src/practice/host/view-contract.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';
import { counterView } from '../../fixtures/practice-kinds/counter/view.tsx';

// The tests' own practice kind, test/fixtures/practice-kinds/counter/, with its scenarios in
// test/fixtures/lessons-app/practice/counter/: nothing here depends on a real kind's screens.
const CounterPractice = hostedPractice('counter', counterView as AnyPracticeView, {});

async function start(id = 'count-to-three', { language = 'sv', stepId = 'a-step', fakeTime = false }: { language?: 'sv' | 'en'; stepId?: string; fakeTime?: boolean } = {}) {
  const outcomes: PracticeOutcome[] = [];
  const ui = <CounterPractice scenario={{ kind: 'counter', id }} language={language} place={{ lessonId: 'a-lesson', stepId }} onOutcome={(outcome) => outcomes.push(outcome)} />;
  const rendered = await renderInLanguage(ui, language, fakeTime ? { advanceTimers: vi.advanceTimersByTime } : {});
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  return { ...rendered, outcomes, ui };
}

/** Stands in for the player's boundary around a practice. */
class Boundary extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>caught: {this.state.error}</p> : this.props.children;
  }
}

const add = () => screen.getByRole('button', { name: 'Lägg till en' });

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

describe('the practice host', () => {
  it('says that nothing is real, in the lesson’s language, around the kind’s own screen', async () => {
    const { container } = await start('count-to-three', { language: 'en' });
    expect(screen.getByText('Practice – nothing here is real')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Count' })).toBeInTheDocument();
    expect(screen.getByText('Press three times.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reports the outcome once a round, with the kind’s choices, and moves focus to the end and says it', async () => {
    const { user, outcomes } = await start();
    await user.click(add());
    await user.click(add());
    expect(outcomes).toEqual([]);
    await user.click(add());
    const end = await screen.findByRole('heading', { name: 'Du räknade klart' });
    expect(end).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'counter', scenario: 'count-to-three', done: true, choices: ['add', 'add', 'add'] }]);
    expect(await screen.findByText('Klart: du räknade till 3.')).toBeInTheDocument();
    // The end is final for the round: nothing more is reported however the page is drawn again.
    expect(outcomes).toHaveLength(1);
  });

  it('offers "Försök igen" after an end that missed the goal, and starts a fresh round with focus on the practice’s heading', async () => {
    const { user, outcomes } = await start();
    await user.click(add());
    await user.click(screen.getByRole('button', { name: 'Lägg till en för mycket' }));
    await screen.findByRole('heading', { name: 'Det blev för många' });
    // Focus moves in an effect once the screen is drawn: wait for that state, not for the heading alone.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Det blev för många' })).toHaveFocus());
    expect(outcomes).toEqual([{ kind: 'counter', scenario: 'count-to-three', done: false, choices: ['add', 'overshoot'] }]);
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('heading', { name: 'Räkna' });
    // Focus moves in an effect once the screen is drawn: wait for that state, not for the heading alone.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Räkna' })).toHaveFocus());
    expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
    // A new round reports its own end.
    for (let count = 0; count < 3; count += 1) await user.click(add());
    await screen.findByRole('heading', { name: 'Du räknade klart' });
    expect(outcomes.map((outcome) => outcome.done)).toEqual([false, true]);
  });

  it('keeps the learner’s place through a reload of the step, and does not report an end twice', async () => {
    const first = await start();
    await first.user.click(add());
    await first.user.click(add());
    first.unmount();

    const again = await start();
    expect(await screen.findByText('Du har räknat 2.')).toBeInTheDocument();
    await again.user.click(add());
    await screen.findByRole('heading', { name: 'Du räknade klart' });
    expect(again.outcomes).toHaveLength(1);
    again.unmount();

    const third = await start();
    expect(await screen.findByRole('heading', { name: 'Du räknade klart' })).toBeInTheDocument();
    expect(third.outcomes).toEqual([]);
  });

  it('keeps each step’s place apart, and forgets a place on "Börja om"', async () => {
    const first = await start('count-to-three', { stepId: 'one' });
    await first.user.click(add());
    first.unmount();
    const other = await start('count-to-three', { stepId: 'two' });
    expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
    other.unmount();
    const back = await start('count-to-three', { stepId: 'one' });
    expect(screen.getByText('Du har räknat 1.')).toBeInTheDocument();
    await back.user.click(screen.getByRole('button', { name: 'Börja om' }));
    expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
    back.unmount();
    await start('count-to-three', { stepId: 'one' });
    expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
  });

  it('starts afresh from a kept place that is damaged or does not fit, without a word of it breaking the step', async () => {
    for (const damaged of ['{not json', JSON.stringify({ 'sv/a-lesson/a-step/counter/count-to-three': { state: { count: 'many' }, reported: false } }), '[1,2]']) {
      sessionStorage.setItem(savedPlacesKey, damaged);
      const rendered = await start();
      expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
      rendered.unmount();
      sessionStorage.clear();
    }
  });

  it('catches a kind that breaks: the step goes on, nothing is lost, and "Börja om" brings the practice back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await start();
    await user.click(add());
    await user.click(screen.getByRole('button', { name: 'Gå sönder' }));
    expect(await screen.findByText('Något gick fel i övningen. Ingenting har skickats. Börja om, eller gå vidare till nästa steg.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Börja om' }));
    await screen.findByRole('heading', { name: 'Räkna' });
    // Focus moves in an effect once the screen is drawn: wait for that state, not for the heading alone.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Räkna' })).toHaveFocus());
    expect(screen.getByText('Du har räknat 0.')).toBeInTheDocument();
  });

  it('runs the clock a kind asks for, and holds it while the tab is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { outcomes } = await start('count-in-time', { fakeTime: true });
    expect(screen.getByText('5 sekunder kvar')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(screen.getByText('3 sekunder kvar')).toBeInTheDocument();
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('3 sekunder kvar')).toBeInTheDocument();
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    act(() => vi.advanceTimersByTime(3000));
    expect(await screen.findByRole('heading', { name: 'Tiden tog slut' })).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'counter', scenario: 'count-in-time', done: false, choices: [] }]);
  });

  it('throws for the player’s boundary when a scenario cannot be found, and draws nothing of the kind', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderInLanguage(
      <Boundary>
        <CounterPractice scenario={{ kind: 'counter', id: 'no-such-scenario' }} language="sv" place={{ lessonId: 'a', stepId: 'b' }} onOutcome={() => undefined} />
      </Boundary>,
    );
    expect(await screen.findByText('caught: The practice scenario sv/counter/no-such-scenario could not be loaded.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lägg till en' })).toBeNull();
  });
});
