// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/e-id/ (Provby kommun, code 135246, 120 seconds).

async function start(id: string, language: 'sv' | 'en' = 'sv', fakeTime = false) {
  const outcomes: PracticeOutcome[] = [];
  const EIdPractice = await eIdPractice();
  const rendered = await renderInLanguage(
    <EIdPractice scenario={{ kind: 'e-id', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
    fakeTime ? { advanceTimers: vi.advanceTimersByTime } : {},
  );
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  const phone = () => screen.getByRole('region', { name: language === 'sv' ? 'Telefonen (låtsas)' : 'The phone (pretend)' });
  return { ...rendered, outcomes, phone };
}

const qrPayload = () => screen.getByRole('img', { name: 'QR-kod för övningen' }).getAttribute('data-payload');
// The QR library downloads when the code is first shown (test/practice/e-id/qr.test.tsx shows the moment before).
const qrShown = () => screen.findByRole('img', { name: 'QR-kod för övningen' });

async function eIdPractice() {
  const entry = practiceRegistry['e-id'];
  if (!entry) throw new Error('The registry has no practice e-ID.');
  return entry.load();
}

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
  delete document.documentElement.dataset.motion;
});

describe('the practice e-ID', () => {
  it('is the registry’s e-ID practice, the same component each time it is asked for', async () => {
    expect(await eIdPractice()).toBe(await eIdPractice());
  });

  it('logs in on another device: the QR code, the phone’s scan, "Min avsikt:", the code', async () => {
    const { user, outcomes, phone, container } = await start('login-other-device');
    expect(screen.getByRole('heading', { name: 'Provby kommun: Mina sidor' })).toBeInTheDocument();
    expect(screen.getByText('Du behöver inte skriva ditt personnummer.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Övnings-ID på en annan enhet' }));
    expect(screen.getByRole('heading', { name: 'Skanna QR-koden' })).toHaveFocus();
    expect((await qrShown()).getAttribute('data-payload')).toContain('övning, inget här är på riktigt');
    expect(screen.getByText('Här i övningen kan du pausa och förstora koden. Den riktiga koden kan inte pausas eller förstoras.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(phone()).getByRole('button', { name: 'Skanna QR-kod' }));
    expect(within(phone()).getByRole('heading', { name: 'Legitimera dig' })).toHaveFocus();
    expect(within(phone()).getByText('Provby kommun vill att du legitimerar dig.')).toBeInTheDocument();
    expect(within(phone()).getByRole('heading', { name: 'Min avsikt:' })).toBeInTheDocument();
    expect(within(phone()).getByText('Du loggar in på Mina sidor hos Provby kommun.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(within(phone()).getByRole('textbox', { name: 'Säkerhetskod' }), '135246');
    await user.click(within(phone()).getByRole('button', { name: 'Legitimera' }));
    expect(within(phone()).getByRole('heading', { name: 'Du har legitimerat dig' })).toHaveFocus();
    expect(screen.getByText('Välkommen till Mina sidor. Du är inloggad.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'e-id', scenario: 'login-other-device', done: true, choices: ['other-device', 'scan', 'code-right'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('enlarges and pauses the QR code, and says so', async () => {
    const { user } = await start('login-other-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på en annan enhet' }));
    await qrShown();
    await user.click(screen.getByRole('button', { name: 'Förstora koden' }));
    expect(screen.getByRole('img', { name: 'QR-kod för övningen' })).toHaveClass('eid-qr-large');
    await user.click(screen.getByRole('button', { name: 'Gör koden mindre' }));
    await user.click(screen.getByRole('button', { name: 'Pausa koden' }));
    expect(screen.getByText('Koden står still.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Starta koden igen' })).toBeInTheDocument();
  });

  it('changes the QR code every second while it runs, not while paused, and runs out when the time is up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, outcomes, phone } = await start('login-other-device', 'sv', true);
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på en annan enhet' }));
    await qrShown();
    const first = qrPayload();
    act(() => vi.advanceTimersByTime(1000));
    const second = qrPayload();
    expect(second).not.toBe(first);
    await user.click(screen.getByRole('button', { name: 'Pausa koden' }));
    act(() => vi.advanceTimersByTime(5000));
    const paused = qrPayload();
    act(() => vi.advanceTimersByTime(5000));
    expect(qrPayload()).toBe(paused);
    await user.click(screen.getByRole('button', { name: 'Starta koden igen' }));
    act(() => vi.advanceTimersByTime(200_000));
    expect(within(phone()).getByRole('heading', { name: 'Tiden tog slut' })).toBeInTheDocument();
    expect(screen.getByText('Tiden tog slut. Du är inte inloggad.')).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'e-id', scenario: 'login-other-device', done: false, choices: ['other-device', 'time-out'] }]);
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('starts with the QR code still when less movement is asked for', async () => {
    document.documentElement.dataset.motion = 'reduced';
    const { user } = await start('login-other-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på en annan enhet' }));
    expect(screen.getByText('Koden står still.')).toBeInTheDocument();
  });

  it('logs in on this device with the fingerprint instead of the code', async () => {
    const { user, outcomes, phone } = await start('login-this-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    expect(screen.queryByRole('img', { name: 'QR-kod för övningen' })).not.toBeInTheDocument();
    expect(screen.getByText('Väntar på Övnings-ID i telefonen …')).toBeInTheDocument();
    await user.click(within(phone()).getByRole('button', { name: 'Använd fingeravtryck' }));
    expect(within(phone()).getByRole('heading', { name: 'Fingeravtryck' })).toHaveFocus();
    await user.click(within(phone()).getByRole('button', { name: 'Lägg fingret här' }));
    expect(within(phone()).getByRole('heading', { name: 'Du har legitimerat dig' })).toBeInTheDocument();
    expect(outcomes[0]?.done).toBe(true);
  });

  it('shows the practice code again when asked', async () => {
    const { user, phone } = await start('login-this-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    await user.click(within(phone()).getByRole('button', { name: 'Visa övningskoden' }));
    expect(within(phone()).getByText('Övningskoden är 1 3 5 2 4 6.')).toBeInTheDocument();
  });

  it('counts wrong codes and locks the practice e-ID on the third, with what to do in real life', async () => {
    const { user, outcomes, phone } = await start('login-this-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    const field = () => within(phone()).getByRole('textbox', { name: 'Säkerhetskod' });
    await user.type(field(), '111111{Enter}');
    expect(field()).toHaveAccessibleDescription(expect.stringContaining('Fel säkerhetskod. Du har 2 försök kvar.'));
    expect(field()).toHaveValue('');
    expect(field()).toHaveFocus();
    await user.type(field(), '222222{Enter}');
    expect(field()).toHaveAccessibleDescription(expect.stringContaining('Fel säkerhetskod. Du har 1 försök kvar.'));
    await user.type(field(), '333333{Enter}');
    expect(within(phone()).getByRole('heading', { name: 'Ditt Övnings-ID är spärrat' })).toHaveFocus();
    expect(within(phone()).getByText(/I verkligheten: kontakta din bank/)).toBeInTheDocument();
    expect(outcomes).toEqual([{ kind: 'e-id', scenario: 'login-this-device', done: false, choices: ['this-device', 'code-wrong', 'code-wrong', 'code-wrong'] }]);
  });

  it('says kindly that practice never needs a personal identity number', async () => {
    const { user, phone } = await start('login-this-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    await user.type(within(phone()).getByRole('textbox', { name: 'Säkerhetskod' }), '811218-9876');
    expect(within(phone()).getByRole('status')).toHaveTextContent('Övningen behöver aldrig ditt personnummer.');
  });

  it('cancels, and starts over on the first screen', async () => {
    const { user, outcomes, phone } = await start('login-this-device');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    await user.click(within(phone()).getByRole('button', { name: 'Avbryt' }));
    expect(within(phone()).getByRole('heading', { name: 'Avbrutet' })).toBeInTheDocument();
    expect(screen.getByText('Inloggningen avbröts. Du är inte inloggad.')).toBeInTheDocument();
    expect(outcomes[0]).toEqual({ kind: 'e-id', scenario: 'login-this-device', done: false, choices: ['this-device', 'cancel'] });
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Provby kommun: Mina sidor' })).toHaveFocus();
  });

  it('signs, with what is signed on the page and under "Min avsikt:"', async () => {
    const { user, outcomes, phone } = await start('sign');
    expect(screen.getByText('Jag ansöker om att bokbussen stannar vid Lindgatan 2 i Provby varje tisdag.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på den här enheten' }));
    expect(within(phone()).getByRole('heading', { name: 'Skriv under' })).toBeInTheDocument();
    expect(within(phone()).getByText('Jag ansöker om att bokbussen stannar vid Lindgatan 2 i Provby varje tisdag.')).toBeInTheDocument();
    await user.type(within(phone()).getByRole('textbox', { name: 'Säkerhetskod' }), '135246');
    await user.click(within(phone()).getByRole('button', { name: 'Skriv under' }));
    expect(screen.getByText('Tack. Din ansökan är underskriven och skickad.')).toBeInTheDocument();
    expect(outcomes[0]?.done).toBe(true);
  });

  it('meets an expired practice e-ID with what to do', async () => {
    const { user, outcomes, phone } = await start('expired');
    await user.click(screen.getByRole('button', { name: 'Övnings-ID på en annan enhet' }));
    await user.click(within(phone()).getByRole('button', { name: 'Skanna QR-kod' }));
    expect(within(phone()).getByRole('heading', { name: 'Ditt Övnings-ID har gått ut' })).toHaveFocus();
    expect(within(phone()).getByText(/skaffa en ny hos din bank/)).toBeInTheDocument();
    expect(outcomes[0]?.done).toBe(true);
  });

  it('speaks English in an English lesson', async () => {
    const { user, phone } = await start('login-this-device', 'en');
    await user.click(screen.getByRole('button', { name: 'Practice e-ID on this device' }));
    expect(within(phone()).getByRole('heading', { name: 'My intent:' })).toBeInTheDocument();
    expect(within(phone()).getByRole('button', { name: 'Identify' })).toBeInTheDocument();
  });
});

describe('the fraud-call drill', () => {
  it('is refused by declining the call, with each sign of the fraud explained', async () => {
    const { user, outcomes, phone, container } = await start('fraud-call');
    expect(within(phone()).getByRole('heading', { name: 'Inkommande samtal' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(phone()).getByRole('button', { name: 'Avvisa' }));
    expect(screen.getByText('Rätt gjort! Du lät inte personen få din legitimering.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tecknen på bedrägeri:' })).toBeInTheDocument();
    expect(screen.getByText(/Du startade inte inloggningen själv/)).toBeInTheDocument();
    expect(screen.getByText(/ring själv till din bank/)).toBeInTheDocument();
    expect(outcomes[0]).toEqual({ kind: 'e-id', scenario: 'fraud-call', done: true, choices: ['decline-call'] });
  });

  it('stops with "Risk för bedrägeri" when the learner says someone called them', async () => {
    const { user, outcomes, phone, container } = await start('fraud-call');
    await user.click(within(phone()).getByRole('button', { name: 'Svara' }));
    expect(within(phone()).getByText('Det är bråttom. Vi måste stoppa det på en gång.')).toBeInTheDocument();
    await user.click(within(phone()).getByRole('button', { name: 'Öppna Övnings-ID' }));
    expect(within(phone()).getByRole('heading', { name: 'Pratar du i telefon med någon just nu?' })).toHaveFocus();
    await user.click(within(phone()).getByRole('button', { name: 'Ja' }));
    expect(within(phone()).getByRole('heading', { name: 'Vem startade samtalet?' })).toHaveFocus();
    await user.click(within(phone()).getByRole('button', { name: 'Någon ringde mig' }));
    expect(within(phone()).getByRole('heading', { name: 'Risk för bedrägeri' })).toHaveFocus();
    expect(screen.getByText(/Bra att du svarade ärligt/)).toBeInTheDocument();
    expect(outcomes[0]).toEqual({ kind: 'e-id', scenario: 'fraud-call', done: true, choices: ['answer-call', 'open-app', 'on-call-yes', 'someone-called-me'] });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains and offers another try when the learner approves the caller’s login', async () => {
    const { user, outcomes, phone } = await start('fraud-call');
    await user.click(within(phone()).getByRole('button', { name: 'Svara' }));
    await user.click(within(phone()).getByRole('button', { name: 'Öppna Övnings-ID' }));
    await user.click(within(phone()).getByRole('button', { name: 'Nej' }));
    await user.type(within(phone()).getByRole('textbox', { name: 'Säkerhetskod' }), '135246{Enter}');
    expect(screen.getByText(/Nu kunde en bedragare ha kommit in på ditt konto/)).toBeInTheDocument();
    expect(outcomes[0]?.done).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(within(phone()).getByRole('heading', { name: 'Inkommande samtal' })).toBeInTheDocument();
  });

  it('lets the learner hang up while the app asks', async () => {
    const { user, phone } = await start('fraud-call');
    await user.click(within(phone()).getByRole('button', { name: 'Svara' }));
    await user.click(within(phone()).getByRole('button', { name: 'Öppna Övnings-ID' }));
    await user.click(within(phone()).getByRole('button', { name: 'Lägg på' }));
    expect(within(phone()).getByRole('heading', { name: 'Samtalet är slut' })).toBeInTheDocument();
    expect(screen.getByText('Rätt gjort! Du lät inte personen få din legitimering.')).toBeInTheDocument();
  });
});
