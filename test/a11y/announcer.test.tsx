// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerProvider, type Politeness, useAnnounce } from '../../src/a11y/index.ts';

type Announce = ReturnType<typeof useAnnounce>;

/** Hands the test the announce function, as any component in the app gets it. */
function Speaker({ onReady }: { onReady: (announce: Announce) => void }) {
  const announce = useAnnounce();
  useEffect(() => {
    onReady(announce);
  }, [announce, onReady]);
  return null;
}

function setup() {
  let announce: Announce = () => {
    throw new Error('The announcer was not ready.');
  };
  const { container, unmount } = render(
    <AnnouncerProvider>
      <Speaker
        onReady={(ready) => {
          announce = ready;
        }}
      />
    </AnnouncerProvider>,
  );
  const assertive = container.querySelector('[aria-live="assertive"]');
  if (!(assertive instanceof HTMLElement)) throw new Error('There is no assertive live region.');
  return {
    say: (message: string, politeness?: Politeness) => act(() => announce(message, politeness)),
    polite: screen.getByTestId('announcer-polite'),
    assertive,
    unmount,
  };
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/**
 * Everything a region shows, in order, until the announcer has nothing left
 * to do: each timer is run in turn and the region read after it, so the test
 * follows the announcer's own steps, not a guess at how long they take.
 */
function heardIn(region: HTMLElement): string[] {
  const shown: string[] = [];
  while (vi.getTimerCount() > 0) {
    act(() => vi.advanceTimersToNextTimer());
    shown.push(region.textContent);
  }
  return shown;
}

// The announcer's pause is a timer; fake timers let each test say exactly when it has passed.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the announcer', () => {
  it('has polite and assertive live regions that are read as a whole', () => {
    const { polite, assertive } = setup();
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(polite).toHaveAttribute('aria-atomic', 'true');
    expect(assertive).toHaveAttribute('aria-atomic', 'true');
  });

  it('starts empty, so nothing is read when a page opens', () => {
    const { polite, assertive } = setup();
    expect(polite).toBeEmptyDOMElement();
    expect(assertive).toBeEmptyDOMElement();
  });

  it('writes a message into the polite region after a short pause, not at once', () => {
    const { say, polite } = setup();
    say('Rätt!');
    expect(polite).toBeEmptyDOMElement();
    wait(100);
    expect(polite).toHaveTextContent('Rätt!');
  });

  it('empties the region before saying the same message again, so it is read again', () => {
    const { say, polite } = setup();
    say('Inte riktigt.');
    wait(100);
    say('Inte riktigt.');
    expect(polite).toBeEmptyDOMElement();
    wait(100);
    expect(polite).toHaveTextContent('Inte riktigt.');
  });

  it('uses the assertive region only when asked to, leaving the polite one alone', () => {
    const { say, polite, assertive } = setup();
    say('Kontakten bröts.', 'assertive');
    wait(100);
    expect(assertive).toHaveTextContent('Kontakten bröts.');
    expect(polite).toBeEmptyDOMElement();
  });

  it('drops a message still waiting when the app goes away', () => {
    const { say, unmount } = setup();
    say('Rätt!');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says two messages given in quick succession both, in order, emptying the region before each', () => {
    const { say, polite } = setup();
    say('Rätt!');
    say('Nu kan du gå vidare.');
    expect(polite).toBeEmptyDOMElement();
    expect(heardIn(polite)).toEqual(['Rätt!', '', 'Nu kan du gå vidare.']);
  });

  it('says a message given while another is still waiting, after it', () => {
    const { say, polite } = setup();
    say('Rätt!');
    wait(50);
    say('Nu kan du gå vidare.');
    expect(heardIn(polite)).toEqual(['Rätt!', '', 'Nu kan du gå vidare.']);
  });

  it('says the same message twice when it is given twice at once', () => {
    const { say, polite } = setup();
    say('Inte riktigt.');
    say('Inte riktigt.');
    expect(heardIn(polite)).toEqual(['Inte riktigt.', '', 'Inte riktigt.']);
  });

  it('says three messages in quick succession in the order they were given', () => {
    const { say, polite } = setup();
    say('Ett');
    say('Två');
    say('Tre');
    expect(heardIn(polite).filter(Boolean)).toEqual(['Ett', 'Två', 'Tre']);
  });

  it('keeps each region its own queue, so an assertive message does not wait behind polite ones', () => {
    const { say, polite, assertive } = setup();
    say('Rätt!');
    say('Nu kan du gå vidare.');
    say('Kontakten bröts.', 'assertive');
    wait(100);
    expect(polite).toHaveTextContent('Rätt!');
    expect(assertive).toHaveTextContent('Kontakten bröts.');
  });

  it('drops every message still waiting when the app goes away', () => {
    const { say, unmount } = setup();
    say('Rätt!');
    say('Nu kan du gå vidare.');
    say('Kontakten bröts.', 'assertive');
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
