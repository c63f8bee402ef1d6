// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app.tsx';
import { type FakeSpeech, fakeVoice, highlightedText, installFakeHighlights, installFakeSpeech } from '../helpers/fake-speech.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';

// The fixture lesson use-the-mouse (test/fixtures/lessons-app). Step 1: a heading, a paragraph of two sentences
// with a word explained, a picture, an h3 and one more paragraph. Step 4: three quizzes.
const firstStep = '/sv/lesson/use-the-mouse/1/';
const quizStep = '/sv/lesson/use-the-mouse/4/';

const swedish = fakeVoice('Alva', 'sv-SE', true);
const swedishOnline = fakeVoice('Svenska på nätet', 'sv-SE', false, true);
const english = fakeVoice('Daniel', 'en-GB', true);

afterEach(() => {
  vi.unstubAllGlobals();
});

const button = (name: string) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status');
const saying = (fake: FakeSpeech) => fake.current?.text;
const finish = (fake: FakeSpeech) => act(() => fake.finishCurrent());
const speakingBlock = () => document.querySelector('[data-speaking]');
/** The controls are downloaded when Read aloud is first pressed: wait for the button that takes its place. */
const press = async (user: UserEvent, name: string, then: string) => {
  await user.click(button(name));
  return screen.findByRole('button', { name: then }, { timeout: 10_000 });
};

describe('read aloud on a lesson step', () => {
  it('reads the step sentence by sentence and highlights the sentence being read', async () => {
    const fake = installFakeSpeech([english, swedish]);
    const highlights = installFakeHighlights();
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');

    // The reader downloads on the first press: the first sentence starts once it is here.
    await vi.waitFor(() => expect(saying(fake)).toBe('Musen styr pilen'), { timeout: 10_000 });
    expect(highlightedText(highlights)).toBe('Musen styr pilen');
    expect(speakingBlock()).toBe(screen.getByRole('heading', { level: 1 }));

    await finish(fake);
    // The word explained is read as a word: its hidden "(visa förklaring)" and its explanation are not.
    expect(saying(fake)).toBe('Du styr pilen på skärmen med musen.');
    expect(highlightedText(highlights)).toBe('Du styr pilen på skärmen med musen.');
    const paragraph = speakingBlock();
    expect(paragraph).toHaveAttribute('data-block-id', expect.stringMatching(/^p-/));

    await finish(fake);
    expect(saying(fake)).toBe('Pilen följer handen när du flyttar musen på bordet.');
    expect(highlightedText(highlights)).toBe('Pilen följer handen när du flyttar musen på bordet.');
    expect(speakingBlock()).toBe(paragraph);

    await finish(fake);
    expect(saying(fake)).toBe('Håll musen rätt');
    expect(speakingBlock()).toBe(screen.getByRole('heading', { name: 'Håll musen rätt' }));
    await finish(fake);
    expect(saying(fake)).toBe('Lägg handen ovanpå musen.');
    await finish(fake);

    expect(fake.current).toBeUndefined();
    expect(highlightedText(highlights)).toBeUndefined();
    expect(speakingBlock()).toBeNull();
    expect(status()).toHaveTextContent('Allt är uppläst.');
    expect(button('Läs upp igen')).toHaveFocus();
  });

  it('speaks in the lesson’s language with the voice it chose', async () => {
    const fake = installFakeSpeech([english, swedish]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    await vi.waitFor(() => expect(fake.current?.voice).toBe(swedish), { timeout: 10_000 });
    expect(fake.current?.lang).toBe('sv-SE');
  });

  it('highlights the whole block where the browser has no CSS highlights', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    await finish(fake);
    expect(speakingBlock()).toHaveAttribute('data-speaking', 'block');
    expect(speakingBlock()).toHaveTextContent('Du styr pilen på skärmen med musen');
  });

  it('pauses, continues with the paused sentence, and stops', async () => {
    const fake = installFakeSpeech([swedish]);
    const highlights = installFakeHighlights();
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    expect(button('Pausa')).toHaveFocus();
    await finish(fake);

    await user.click(button('Pausa'));
    expect(fake.current).toBeUndefined();
    expect(status()).toHaveTextContent('Pausad.');
    // The place is kept and still shown while paused.
    expect(highlightedText(highlights)).toBe('Du styr pilen på skärmen med musen.');
    expect(button('Fortsätt')).toHaveFocus();

    await user.click(button('Fortsätt'));
    expect(saying(fake)).toBe('Du styr pilen på skärmen med musen.');
    expect(status()).toHaveTextContent('Läser upp.');

    await user.click(button('Sluta läsa'));
    expect(fake.current).toBeUndefined();
    expect(highlightedText(highlights)).toBeUndefined();
    expect(speakingBlock()).toBeNull();
    expect(button('Läs upp')).toHaveFocus();
  });

  it('works with the keyboard alone', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user } = await renderApp(firstStep);
    button('Läs upp').focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Pausa' }, { timeout: 10_000 });
    expect(saying(fake)).toBe('Musen styr pilen');
    await user.keyboard(' ');
    expect(button('Fortsätt')).toHaveFocus();
    expect(fake.current).toBeUndefined();
    await user.tab();
    expect(button('Sluta läsa')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button('Läs upp')).toHaveFocus();
  });

  it('reads slower or faster, from the sentence being read, and shows the speed in use', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    expect(fake.current?.rate).toBe(1);
    expect(button('Normal')).toHaveAttribute('aria-pressed', 'true');
    await finish(fake);

    await user.click(button('Långsammare'));
    expect(saying(fake)).toBe('Du styr pilen på skärmen med musen.');
    expect(fake.current?.rate).toBeLessThan(1);
    expect(button('Långsammare')).toHaveAttribute('aria-pressed', 'true');
    expect(button('Normal')).toHaveAttribute('aria-pressed', 'false');
    expect(fake.queue).toHaveLength(1);

    await user.click(button('Snabbare'));
    expect(fake.current?.rate).toBeGreaterThan(1);
    await finish(fake);
    expect(fake.current?.rate).toBeGreaterThan(1);
    await user.click(button('Normal'));
    expect(fake.current?.rate).toBe(1);
  });

  it('reads a quiz’s question, options and, once answered, its feedback', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user } = await renderApp(quizStep);
    await press(user, 'Läs upp', 'Pausa');
    const heard: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      heard.push(saying(fake) ?? '');
      await finish(fake);
    }
    expect(heard).toEqual([
      'Testa dig själv',
      'Vilken knapp klickar du med?',
      'Välj ett svar.',
      'Tryck sedan på Svara.',
      'Den vänstra knappen',
      'Den högra knappen',
    ]);
    await user.click(button('Sluta läsa'));

    const firstQuiz = screen.getAllByRole('group').find((group) => group.tagName === 'FIELDSET');
    if (!firstQuiz) throw new Error('No quiz on the step.');
    await user.click(within(firstQuiz).getByRole('radio', { name: 'Den högra knappen' }));
    await user.click(screen.getAllByRole('button', { name: /^Svara / })[0] as HTMLElement);
    await press(user, 'Läs upp', 'Pausa');
    for (let i = 0; i < 6; i += 1) await finish(fake);
    const afterOptions: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      afterOptions.push(saying(fake) ?? '');
      await finish(fake);
    }
    expect(afterOptions).toEqual([
      'Inte riktigt.',
      'Ditt svar: Den högra knappen',
      'Inte riktigt.',
      'Den högra knappen öppnar en meny.',
      'Du kan välja ett annat svar och försöka igen.',
    ]);
  });

  it('stops reading when the learner moves to another step', async () => {
    const fake = installFakeSpeech([swedish]);
    const highlights = installFakeHighlights();
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    expect(fake.current).toBeDefined();
    await user.click(screen.getByRole('link', { name: 'Nästa' }));
    expect(screen.getByText('Steg 2 av 4')).toBeInTheDocument();
    expect(fake.current).toBeUndefined();
    expect(highlightedText(highlights)).toBeUndefined();
    expect(button('Läs upp')).toBeInTheDocument();
  });

  it('stops reading when the page is left', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(fake.current).toBeUndefined();
  });

  it('has no axe violations while reading', async () => {
    const fake = installFakeSpeech([swedish]);
    const { user, container } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    await finish(fake);
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });
});

describe('when the browser cannot read the lesson’s language', () => {
  it('says so on the button, in plain words, where it has no voice for the language', async () => {
    const fake = installFakeSpeech([english]);
    const { user } = await renderApp(firstStep);
    const noVoice = button('Ingen röst för uppläsning');
    expect(noVoice).toHaveAccessibleDescription('Den här webbläsaren har ingen röst som kan läsa svenska.');
    expect(noVoice).toHaveAttribute('aria-disabled', 'true');
    await user.click(noVoice);
    expect(fake.said).toEqual([]);
  });

  it('shows why on screen only once the button is pressed, so the step does not move when the browser tells', async () => {
    const fake = installFakeSpeech([]);
    const { user } = await renderApp(firstStep);
    act(() => fake.setVoices([english]));
    const why = screen.getByText('Den här webbläsaren har ingen röst som kan läsa svenska.');
    expect(why).toHaveClass('visually-hidden');
    expect(button('Ingen röst för uppläsning')).toHaveAccessibleDescription('Den här webbläsaren har ingen röst som kan läsa svenska.');
    await user.click(button('Ingen röst för uppläsning'));
    expect(why).not.toHaveClass('visually-hidden');
    expect(why).toHaveClass('read-aloud-note');
  });

  it('says so where the browser has no speech at all', async () => {
    await renderApp(firstStep);
    expect(button('Ingen röst för uppläsning')).toHaveAccessibleDescription('Den här webbläsaren kan inte läsa upp text.');
  });

  it('offers reading once the browser’s voices have loaded', async () => {
    const fake = installFakeSpeech([]);
    const { user } = await renderApp(firstStep);
    expect(button('Läs upp')).toBeInTheDocument();
    act(() => fake.setVoices([english]));
    expect(button('Ingen röst för uppläsning')).toBeInTheDocument();
    act(() => fake.setVoices([english, swedish]));
    await press(user, 'Läs upp', 'Pausa');
    expect(saying(fake)).toBe('Musen styr pilen');
  });

  it('reads an English lesson with an English voice', async () => {
    const fake = installFakeSpeech([swedish, english]);
    const { user } = await renderApp('/en/lesson/use-the-mouse/1/');
    await user.click(button('Read aloud'));
    await screen.findByRole('button', { name: 'Pause' }, { timeout: 10_000 });
    expect(saying(fake)).toBe('The mouse steers the arrow');
    expect(fake.current?.voice).toBe(english);
  });
});

// These come last: choosing the internet voice is remembered while the page is open, as it is in the browser.
describe('voices on this computer and on the internet', () => {
  it('prefers a voice on this computer to one on the internet, even the browser’s default', async () => {
    const fake = installFakeSpeech([swedishOnline, swedish]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Pausa');
    await vi.waitFor(() => expect(fake.current?.voice).toBe(swedish), { timeout: 10_000 });
    expect(screen.queryByText(/ett annat företag/)).toBeNull();
  });

  it('uses a voice on the internet only when the learner chooses it, after saying what that means', async () => {
    const fake = installFakeSpeech([swedishOnline, english]);
    const { user } = await renderApp(firstStep);
    await press(user, 'Läs upp', 'Använd rösten på internet');
    expect(fake.said).toEqual([]);
    const use = button('Använd rösten på internet');
    expect(use).toHaveFocus();
    expect(use).toHaveAccessibleDescription(
      'Den här datorn har ingen egen röst för svenska. Det finns en röst på internet: Svenska på nätet. Om du använder den skickas texten i lektionen över internet till ett annat företag.',
    );

    await user.click(button('Nej tack'));
    expect(fake.said).toEqual([]);
    expect(button('Läs upp')).toHaveFocus();

    await press(user, 'Läs upp', 'Använd rösten på internet');
    await user.click(button('Använd rösten på internet'));
    expect(saying(fake)).toBe('Musen styr pilen');
    expect(fake.current?.voice).toBe(swedishOnline);
    expect(screen.getByText('Rösten finns på internet. Texten skickas till ett annat företag.')).toBeInTheDocument();
    expect(button('Pausa')).toHaveFocus();
  });
});
