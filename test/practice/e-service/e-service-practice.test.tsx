// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { readLetters } from '../../../src/practice/host/practice-letters.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { installDialogPolyfill, installScrollIntoView } from '../../helpers/browser-apis.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/e-service/ (Provby verk, Pia Prov),
// logging in with the fixture e-ID scenario login-this-device (code 135246).

async function start(id: string, language: 'sv' | 'en' = 'sv', fakeTime = false) {
  const outcomes: PracticeOutcome[] = [];
  const entry = practiceRegistry['e-service'];
  if (!entry) throw new Error('The registry has no practice e-service.');
  const EService = await entry.load();
  const rendered = await renderInLanguage(
    <EService scenario={{ kind: 'e-service', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
    fakeTime ? { advanceTimers: vi.advanceTimersByTime } : {},
  );
  // The practice's code, scenario and strings download first; a machine under load takes its time.
  await screen.findByText(language === 'sv' ? 'E-tjänst (låtsas)' : 'E-service (pretend)', {}, { timeout: 5000 });
  return { ...rendered, outcomes };
}

type User = Awaited<ReturnType<typeof start>>['user'];

async function logIn(user: User) {
  await user.click(screen.getByRole('button', { name: 'Logga in och starta' }));
  expect(screen.getByRole('heading', { name: 'Logga in' })).toHaveFocus();
  // The e-ID's own code and scenario download when the login page comes.
  await user.click(await screen.findByRole('button', { name: 'Övnings-ID på den här enheten' }, { timeout: 5000 }));
  const phone = screen.getByRole('region', { name: 'Telefonen (låtsas)' });
  await user.type(within(phone).getByRole('textbox', { name: 'Säkerhetskod' }), '135246');
  await user.click(within(phone).getByRole('button', { name: 'Legitimera' }));
}

const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};
const isoDay = (days: number) => new Date(today().getTime() + days * 86_400_000).toISOString().slice(0, 10);
const continueButton = () => screen.getByRole('button', { name: 'Fortsätt' });

async function fillAddress(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'Gata' }), 'Provgatan 1');
  await user.type(screen.getByRole('textbox', { name: 'Postnummer' }), '123 45');
  await user.click(continueButton());
}

beforeAll(() => {
  installDialogPolyfill();
  installScrollIntoView();
});

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('the practice e-service', () => {
  // The whole errand with axe on four pages: more than the usual time on a machine under load.
  it('reports a move from the start page through the e-ID login to the receipt, which also comes as a letter', { timeout: 90_000 }, async () => {
    const { user, outcomes, container } = await start('provby-move');
    expect(screen.getByRole('heading', { name: 'Meddela ny adress' })).toBeInTheDocument();
    expect(screen.getByText('Du kan också ringa Provby verk.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await logIn(user);
    await screen.findByRole('heading', { name: 'Den nya adressen' }, { timeout: 5000 });
    // Focus moves in an effect once the screen is drawn: wait for that state, not for the heading alone.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Den nya adressen' })).toHaveFocus());
    expect(screen.getByText('Steg 1 av 3', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('Inloggad: Pia Prov')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Lägenhetsnummer (frivilligt)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tillbaka' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await fillAddress(user);
    expect(screen.getByRole('heading', { name: 'Dagen' })).toHaveFocus();
    expect(screen.getByText('Steg 2 av 3', { selector: 'p' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Flyttdag' }), isoDay(3));
    await user.click(continueButton());
    await user.click(screen.getByRole('radio', { name: 'Ingen' }));
    await user.click(continueButton());

    expect(screen.getByRole('heading', { name: 'Kontrollera dina svar' })).toHaveFocus();
    expect(screen.getByText('19610212-3457 (från inloggningen)')).toBeInTheDocument();
    expect(screen.getByText('Provgatan 1')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    expect(outcomes).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Skicka in' }));
    expect(screen.getByRole('heading', { name: 'Adressen är skickad' })).toHaveFocus();
    expect(screen.getByText('PV-2026-0001')).toBeInTheDocument();
    expect(screen.getByText('Du får en bekräftelse i din digitala brevlåda.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skriv ut kvittot' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    expect(outcomes).toEqual([{ kind: 'e-service', scenario: 'provby-move', done: true, choices: ['start', 'logged-in', 'continue:address', 'continue:day', 'continue:who', 'sent'] }]);
    expect(readLetters()).toEqual([{ id: 'e-service/provby-move', sender: 'Provby verk', subject: 'Ny adress mottagen', paragraphs: ['Tack, Pia Prov.'], reference: 'PV-2026-0001', received: 'I dag' }]);
  });

  it('puts every problem in a summary that takes focus and links to each field, says it beside each field, and "Fel:" before the heading', async () => {
    const { user, container } = await start('provby-move');
    await logIn(user);
    await screen.findByRole('heading', { name: 'Den nya adressen' }, { timeout: 5000 });
    await user.type(screen.getByRole('textbox', { name: 'Postnummer' }), '1234');
    await user.click(continueButton());

    const summary = screen.getByRole('region', { name: 'Det finns ett problem' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Fel: Den nya adressen' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Skriv gatan.', 'Skriv postnumret med 5 siffror.']);
    expect(screen.getByRole('textbox', { name: 'Gata' })).toHaveAccessibleDescription(expect.stringContaining('Skriv gatan.'));
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toBeInvalid();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(summary).getByRole('link', { name: 'Skriv postnumret med 5 siffror.' }));
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toHaveValue('1234');

    // Put right, the next try finds one problem left, and the summary takes focus again.
    await user.type(screen.getByRole('textbox', { name: 'Postnummer' }), '5');
    await user.click(continueButton());
    expect(screen.getByRole('region', { name: 'Det finns ett problem' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Det finns ett problem' })).getAllByRole('link')).toHaveLength(1);
  });

  it('says what is wrong with the moving day, and goes back keeping what was typed', async () => {
    const { user } = await start('provby-move');
    await logIn(user);
    await screen.findByRole('heading', { name: 'Den nya adressen' }, { timeout: 5000 });
    await fillAddress(user);
    const day = () => screen.getByRole('textbox', { name: 'Flyttdag' });
    const tryDay = async (text: string) => {
      await user.clear(day());
      await user.type(day(), text);
      await user.click(continueButton());
      return screen.queryByRole('region', { name: 'Det finns ett problem' })?.textContent;
    };
    expect(await tryDay('första maj')).toContain('Skriv dagen som 2027-01-15.');
    expect(await tryDay(isoDay(-8))).toContain('Dagen är för länge sedan.');
    expect(await tryDay(isoDay(29))).toContain('Dagen är för långt fram.');

    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(screen.getByRole('heading', { name: 'Den nya adressen' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Gata' })).toHaveValue('Provgatan 1');
    await user.click(continueButton());
    expect(day()).toHaveValue(isoDay(29));
  });

  it('"Ändra" names its answer, opens the page, and returns to the check page', async () => {
    const { user } = await start('provby-move');
    await logIn(user);
    await screen.findByRole('heading', { name: 'Den nya adressen' }, { timeout: 5000 });
    await fillAddress(user);
    await user.type(screen.getByRole('textbox', { name: 'Flyttdag' }), isoDay(0));
    await user.click(continueButton());
    await user.click(screen.getByRole('radio', { name: 'Några till' }));
    await user.click(continueButton());

    expect(screen.getAllByRole('button', { name: /^Ändra/ }).map((button) => button.textContent)).toEqual(['Ändra Gata', 'Ändra Postnummer', 'Ändra Lägenhetsnummer', 'Ändra Flyttdag', 'Ändra Flyttar någon med?']);
    await user.click(screen.getByRole('button', { name: 'Ändra Gata' }));
    expect(screen.getByRole('heading', { name: 'Den nya adressen' })).toHaveFocus();
    await user.clear(screen.getByRole('textbox', { name: 'Gata' }));
    await user.type(screen.getByRole('textbox', { name: 'Gata' }), 'Nygatan 2');
    await user.click(continueButton());
    expect(screen.getByRole('heading', { name: 'Kontrollera dina svar' })).toHaveFocus();
    expect(screen.getByText('Nygatan 2')).toBeInTheDocument();
    expect(screen.getByText('Några till')).toBeInTheDocument();
  });

  it('says kindly that practice never needs a personal identity number', async () => {
    const { user } = await start('provby-move');
    await logIn(user);
    await user.type(await screen.findByRole('textbox', { name: 'Gata' }), '811218-9876');
    expect(screen.getByRole('textbox', { name: 'Gata' })).toHaveAccessibleDescription(expect.stringContaining('Övningen behöver aldrig ditt personnummer.'));
  });

  it('says kindly that practice never needs a password, without stopping the errand', async () => {
    const { user } = await start('provby-move');
    await logIn(user);
    const street = await screen.findByRole('textbox', { name: 'Gata' });
    await user.type(street, 'Provgatan 1');
    expect(street).not.toHaveAccessibleDescription(expect.stringContaining('lösenord'));
    await user.clear(street);
    await user.type(street, 'lösenord: Sommar2024');
    expect(street).toHaveAccessibleDescription(expect.stringContaining('Det där ser ut som ett lösenord. Skriv aldrig ett riktigt lösenord här. Övningen behöver det aldrig.'));
    expect(street).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Postnummer' }), '123 45');
    await user.click(continueButton());
    expect(screen.getByRole('heading', { name: 'Dagen' })).toHaveFocus();
  });

  it('orders a card with a secret code it never keeps, cancels it, and does not send twice after going back', async () => {
    const { user, outcomes } = await start('provby-card');
    await logIn(user);
    await user.click(await screen.findByRole('radio', { name: 'Fredag' }));
    await user.click(continueButton());
    expect(screen.getByText('Steg 2 av 2', { selector: 'p' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'E-post' }), 'pia@provby.se');
    const code = screen.getByLabelText('Kod');
    await user.type(code, '4321');
    await user.type(screen.getByLabelText('Koden igen'), '4322');
    await user.click(continueButton());
    expect(screen.getByRole('region', { name: 'Det finns ett problem' })).toHaveTextContent('Koderna är olika.');
    await user.clear(screen.getByLabelText('Koden igen'));
    await user.type(screen.getByLabelText('Koden igen'), '4321');
    await user.click(continueButton());

    expect(screen.getAllByText('Vald. Koden visas inte.')).toHaveLength(2);
    expect(sessionStorage.getItem('natvana-practice-places')).not.toContain('4321');
    await user.click(screen.getByRole('button', { name: 'Skicka in' }));
    expect(screen.getByText('Fredag')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbeställ kortet' }));
    expect(screen.getByRole('status')).toHaveTextContent('Kortet är avbeställt.');
    // The button is gone: focus is on what it did, not lost to the page's start.
    expect(screen.getByRole('status')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(screen.getByRole('heading', { name: 'Ärendet är redan skickat' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Skicka in' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Visa kvittot' }));
    expect(screen.getByRole('heading', { name: 'Kortet är beställt' })).toHaveFocus();
    expect(outcomes).toHaveLength(1);
    expect(readLetters()).toHaveLength(1);
  });

  it('warns "Du loggas snart ut", gives the time again on "Stanna kvar", and logs out when the time runs out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, outcomes, container } = await start('provby-move', 'sv', true);
    await logIn(user);
    await user.type(await screen.findByRole('textbox', { name: 'Gata' }), 'Provgatan 1');
    act(() => vi.advanceTimersByTime(41_000));
    const dialog = screen.getByRole('dialog', { name: 'Du loggas snart ut' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Det du har skrivit försvinner då.'));
    expect(within(dialog).getByText(/Tid kvar: 0 min 1\d s/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Gata' })).toHaveValue('Provgatan 1');

    act(() => vi.advanceTimersByTime(61_000));
    expect(screen.getByRole('heading', { name: 'Du har loggats ut' })).toHaveFocus();
    expect(screen.getByText(/Det du skrev är borta./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
    expect(outcomes).toEqual([expect.objectContaining({ done: false, choices: expect.arrayContaining(['stayed', 'logged-out']) })]);
  });

  it('counts typing the code as activity: "Du loggas snart ut" stays away while the learner types it, and the code is not kept', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = await start('provby-card', 'sv', true);
    await logIn(user);
    await user.click(await screen.findByRole('radio', { name: 'Fredag' }, { timeout: 5000 }));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { name: 'Välj kod' })).toHaveFocus();

    // The warning comes after 40 seconds without activity: 25 go by, the learner types the code, 25 more go by.
    act(() => vi.advanceTimersByTime(25_000));
    // A password field has no role of its own: its label names it.
    await user.type(screen.getByLabelText('Kod'), '4321');
    act(() => vi.advanceTimersByTime(25_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kod')).toHaveValue('4321');
    expect(sessionStorage.getItem('natvana-practice-places')).not.toContain('4321');

    // The clock still runs: left alone, the learner is warned as before.
    act(() => vi.advanceTimersByTime(16_000));
    expect(screen.getByRole('dialog', { name: 'Du loggas snart ut' })).toBeInTheDocument();
  });

  it('starts the login afresh after "Börja om", even once logged in', async () => {
    const { user } = await start('provby-move');
    await logIn(user);
    await screen.findByRole('heading', { name: 'Den nya adressen' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Börja om' }));
    await user.click(await screen.findByRole('button', { name: 'Logga in och starta' }));
    expect(await screen.findByRole('button', { name: 'Övnings-ID på den här enheten' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('speaks English in an English lesson', async () => {
    const { user } = await start('provby-move', 'en');
    expect(screen.getByRole('heading', { name: 'Tell a new address' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log in and start' }));
    expect(screen.getByRole('heading', { name: 'Log in' })).toHaveFocus();
  });
});
