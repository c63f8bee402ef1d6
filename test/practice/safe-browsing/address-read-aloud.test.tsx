// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAloudChoices } from '../../../src/player/read-aloud/voices.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { type FakeSpeech, fakeVoice, installFakeSpeech } from '../../helpers/fake-speech.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The fixture scenario test/fixtures/lessons-app/practice/safe-browsing/whose.yaml: first https://provbanken.se.konto-koll.net/in.

const swedish = fakeVoice('Alva', 'sv-SE', true);
const swedishOnline = fakeVoice('Svenska på nätet', 'sv-SE', false, true);
const english = fakeVoice('Daniel', 'en-GB', true);

async function answered(language: 'sv' | 'en' = 'sv') {
  const entry = practiceRegistry['safe-browsing'];
  if (!entry) throw new Error('The registry has no safe-browsing drills.');
  const Practice = await entry.load();
  const rendered = await renderInLanguage(<Practice scenario={{ kind: 'safe-browsing', id: 'whose' }} language={language} place={{ lessonId: 'a-lesson', stepId: 'a-step' }} onOutcome={() => undefined} />, language);
  await rendered.user.click(await screen.findByRole('button', { name: 'konto-koll.net' }));
  return rendered;
}

const saying = (fake: FakeSpeech) => fake.current?.text;
const finish = (fake: FakeSpeech) => act(() => fake.finishCurrent());

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  readAloudChoices.speed = 'normal';
  readAloudChoices.internetVoice.clear();
});

describe('whose address, read aloud part by part with the app’s voice', () => {
  it('reads each part in order with what it means, in the voice on this computer, and the reading can be stopped', async () => {
    const fake = installFakeSpeech([english, swedish]);
    const { user, container } = await answered();
    await user.click(screen.getByRole('button', { name: 'Läs upp adressen del för del' }));

    expect(saying(fake)).toBe('Del 1: https kolon snedstreck snedstreck. Början. Den säger hur sidan hämtas.');
    expect(fake.current?.voice).toBe(swedish);
    expect(fake.current?.rate).toBe(1);
    await finish(fake);
    expect(saying(fake)).toBe('Del 2: provbanken punkt se punkt. Före ägarens namn. Ägaren kan skriva vad som helst här.');
    await finish(fake);
    expect(saying(fake)).toBe('Del 3: konto bindestreck koll. Ägarens namn. Det här är delen som räknas.');
    // The same button stops the reading: focus stays on it.
    expect(screen.getByRole('button', { name: 'Sluta läsa upp' })).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
    await finish(fake);
    expect(saying(fake)).toBe('Del 4: punkt net. Ändelsen. Ordet precis före den är ägaren.');
    await finish(fake);
    expect(saying(fake)).toBe('Del 5: snedstreck in. Efter snedstrecket: en sida hos ägaren. Ägaren väljer orden fritt.');
    await finish(fake);
    expect(fake.speaking).toBe(false);
    expect(screen.getByRole('button', { name: 'Läs upp adressen del för del' })).toHaveFocus();

    // Again, and stopped half-way: nothing more is said.
    await user.click(screen.getByRole('button', { name: 'Läs upp adressen del för del' }));
    expect(saying(fake)).toMatch(/^Del 1: /);
    await user.click(screen.getByRole('button', { name: 'Sluta läsa upp' }));
    expect(fake.speaking).toBe(false);
    expect(fake.said).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Sluta läsa upp' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Läs upp adressen del för del' })).toHaveFocus();
  });

  it('reads at the speed the learner chose for the lesson’s Read aloud', async () => {
    const fake = installFakeSpeech([swedish]);
    readAloudChoices.speed = 'slower';
    const { user } = await answered();
    await user.click(screen.getByRole('button', { name: 'Läs upp adressen del för del' }));
    expect(fake.current?.rate).toBe(0.75);
  });

  it('reads an English lesson’s address in English, with an English voice', async () => {
    const fake = installFakeSpeech([swedish, english]);
    const { user } = await answered('en');
    await user.click(screen.getByRole('button', { name: 'Read the address aloud part by part' }));
    expect(saying(fake)).toBe('Part 1: https colon slash slash. The start. It says how the page is fetched.');
    expect(fake.current?.voice).toBe(english);
  });

  it('uses a voice on the internet only once the learner has chosen it in Read aloud', async () => {
    installFakeSpeech([swedishOnline]);
    await answered();
    expect(screen.getByText('Ägarens namn. Det här är delen som räknas.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Läs upp adressen del för del' })).not.toBeInTheDocument();
  });

  it('reads with the internet voice the learner chose', async () => {
    const fake = installFakeSpeech([swedishOnline]);
    readAloudChoices.internetVoice.add('sv');
    const { user } = await answered();
    await user.click(await screen.findByRole('button', { name: 'Läs upp adressen del för del' }));
    expect(fake.current?.voice).toBe(swedishOnline);
  });

  it('offers no read-aloud button where the browser cannot read aloud; the address can still be spelled sign by sign', async () => {
    expect('speechSynthesis' in globalThis).toBe(false);
    await answered();
    expect(screen.getByRole('button', { name: 'Läs adressen tecken för tecken' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Läs upp adressen del för del' })).not.toBeInTheDocument();
  });
});
