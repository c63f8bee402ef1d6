// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { practiceRegistry } from '../../../src/practice/index.ts';
import type { PassphraseTools } from '../../../src/practice/safe-browsing/passphrase/passphrase-tools.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The download of the estimator and its word lists, held or failed on purpose: each test says what the next one does.
const download = vi.hoisted(() => {
  let next: () => Promise<PassphraseTools> = () => new Promise(() => undefined);
  let done: PassphraseTools | undefined;
  const calls = { count: 0 };
  return {
    calls,
    set(load: () => Promise<PassphraseTools>) {
      next = load;
    },
    reset() {
      done = undefined;
      calls.count = 0;
    },
    tools: {
      load: () => {
        calls.count += 1;
        return next().then((tools) => (done = tools));
      },
      loaded: () => done,
    },
  };
});
vi.mock('../../../src/practice/safe-browsing/passphrase/passphrase-tools.ts', () => ({ passphraseTools: download.tools }));

const realTools = () => vi.importActual<PassphraseTools>('../../../src/practice/safe-browsing/passphrase/strength.ts');

function held(): { load: () => Promise<PassphraseTools>; arrive: () => Promise<void> } {
  let arrive: (tools: PassphraseTools) => void = () => undefined;
  const promise = new Promise<PassphraseTools>((resolve) => (arrive = resolve));
  return { load: () => promise, arrive: async () => arrive(await realTools()) };
}

async function start() {
  const entry = practiceRegistry['safe-browsing'];
  if (!entry) throw new Error('The registry has no safe-browsing drills.');
  const Practice = await entry.load();
  const rendered = await renderInLanguage(<Practice scenario={{ kind: 'safe-browsing', id: 'passphrase' }} language="sv" place={{ lessonId: 'a-lesson', stepId: 'a-step' }} onOutcome={() => undefined} />, 'sv');
  const field = await screen.findByRole('textbox', { name: 'Lösenfras att öva med' });
  return { ...rendered, field: field as HTMLInputElement };
}

afterEach(() => {
  sessionStorage.clear();
  download.reset();
});

describe('the passphrase drill’s word list, downloaded on first use', () => {
  it('is not downloaded with the step: the field is there at once, and nothing is fetched until the learner uses it', async () => {
    const slow = held();
    download.set(slow.load);
    const { user, field } = await start();
    expect(download.calls.count).toBe(0);
    expect(screen.getByText('Styrka: skriv något')).toBeInTheDocument();

    await user.type(field, 'Sommar');
    expect(field.value).toBe('Sommar');
    expect(download.calls.count).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent('Kontrollerar …');
    expect(screen.queryByText(/^Styrka:/)).not.toBeInTheDocument();

    await slow.arrive();
    expect(await screen.findByText('Styrka: för kort')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says politely that it is fetching the word list while "Slumpa tre ord" waits, then shows the three words', async () => {
    const slow = held();
    download.set(slow.load);
    const { user, field, container } = await start();
    await user.click(screen.getByRole('button', { name: 'Slumpa tre ord' }));
    expect(screen.getByRole('status')).toHaveTextContent('Hämtar ordlistan …');
    expect(field.value).toBe('');
    expect(await axeViolations(container)).toEqual([]);

    await slow.arrive();
    expect(await screen.findByText('Styrka: stark')).toBeInTheDocument();
    expect(field.value.split(' ')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: 'Slumpa tre ord' })).toHaveFocus();
  });

  it('says plainly when the word list could not be fetched, and "Försök igen" fetches it and gives the words', async () => {
    download.set(() => Promise.reject(new Error('The connection dropped.')));
    const { user, field, container } = await start();
    await user.click(screen.getByRole('button', { name: 'Slumpa tre ord' }));
    expect(await screen.findByText('Det gick inte att hämta ordlistan. Kontrollera att datorn har internet. Försök sedan igen.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Det gick inte att hämta ordlistan.');
    expect(field.value).toBe('');
    // The drill goes on working: the field takes text, and nothing broke the practice.
    await user.type(field, 'hej');
    expect(field.value).toBe('hej');
    expect(screen.queryByText(/Något gick fel i övningen/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    download.set(realTools);
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    // What the learner asked for, three words, comes once the list is there.
    expect(await screen.findByText('Styrka: stark')).toBeInTheDocument();
    expect(field.value.split(' ')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Det gick inte att hämta ordlistan/)).not.toBeInTheDocument();
  });

  it('checks a phrase pressed before the estimator arrived once it has', async () => {
    const slow = held();
    download.set(slow.load);
    const { user, field } = await start();
    await user.type(field, 'Sommar2024!');
    await user.click(screen.getByRole('button', { name: 'Jag är nöjd med frasen' }));
    expect(screen.getByRole('status')).toHaveTextContent('Kontrollerar …');
    await slow.arrive();
    const verdict = await screen.findByRole('heading', { name: 'Inte stark än' });
    // The answer arrives with the download, not with a key press, so React moves focus in an effect after the verdict is drawn.
    await waitFor(() => expect(verdict).toHaveFocus());
  });
});
