import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { openPage } from './support/app-ready.ts';
import { axeInEveryDisplay, devToolsOf, largeText, normalText } from './support/axe-in-every-display.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { applyTextSize, measureReflow } from './support/display.ts';
import { tabTo } from './support/keyboard.ts';

// The fixture lesson test/fixtures/lessons-practice/practise-e-service/: one practice e-service scenario per step
// (1 a move, 2 a card, 3 the digital mailbox, 4 a booked visit), logging in with the fixture e-ID scenario
// login-this-device (code 135246).
const requests: string[] = [];
const session = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 1280, height: 900 } },
  prepare: async (context) => {
    context.on('request', (request) => requests.push(request.url()));
    // The page's own clock, moved on by the test: the session's timeout comes without waiting for it.
    await context.clock.install();
  },
});

const stepAddress = (step: number) => `${session.siteUrl}sv/lesson/practise-an-errand/${step}/`;

async function openStep(step: number): Promise<Page> {
  const { page } = session;
  // Each test starts the errand afresh: the place kept for the session is forgotten first.
  await openPage(page, stepAddress(step));
  await page.evaluate(() => sessionStorage.clear());
  await openPage(page, stepAddress(step));
  await page.getByText('E-tjänst (låtsas)').waitFor();
  return page;
}

const focusedHeading = (page: Page, name: string) =>
  page.waitForFunction((text) => /^H[23]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.textContent === text, name);

/** Moves to the next text field with Tab and types into it. */
async function typeInNextField(page: Page, text: string): Promise<void> {
  await tabTo(page, '', { tag: 'input' });
  await page.keyboard.type(text);
}

/** The practice e-ID's login on this device, by keyboard: the button, then the code in the phone. */
async function logIn(page: Page): Promise<void> {
  await tabTo(page, 'Logga in och starta', { tag: 'button' });
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Logga in');
  await page.getByRole('button', { name: 'Övnings-ID på den här enheten' }).waitFor();
  expect(await axeInEveryDisplay(page, 'the login')).toEqual([]);
  await tabTo(page, 'Övnings-ID på den här enheten', { tag: 'button' });
  await page.keyboard.press('Enter');
  await typeInNextField(page, '135246');
  await page.keyboard.press('Enter');
}

function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the practice e-service in a lesson, by keyboard alone', () => {
  it('reports a move: start, the e-ID login, the errors, every page, check answers and the receipt', async () => {
    const page = await openStep(1);
    expect(await axeInEveryDisplay(page, 'the start page')).toEqual([]);
    await logIn(page);
    await focusedHeading(page, 'Den nya adressen');
    expect(await axeInEveryDisplay(page, 'the first question')).toEqual([]);

    // Fortsätt with nothing typed: the error summary takes focus, and its first link leads to the field.
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    await page.getByRole('heading', { name: 'Fel: Den nya adressen' }).waitFor();
    expect(await axeInEveryDisplay(page, 'the errors')).toEqual([]);
    await tabTo(page, 'Skriv gatan.', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'eservice-street');
    await page.keyboard.type('Provgatan 1');
    await typeInNextField(page, '12345');
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Dagen');
    await typeInNextField(page, isoDay(2));
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Vem flyttar');
    await tabTo(page, '', { tag: 'input' });
    await page.keyboard.press('Space');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Kontrollera dina svar');
    expect(await axeInEveryDisplay(page, 'check your answers')).toEqual([]);
    await tabTo(page, 'Skicka in', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Adressen är skickad');
    await page.getByText('PV-2026-0001').waitFor();
    expect(await axeInEveryDisplay(page, 'the receipt')).toEqual([]);
  });

  it('books a visit: start, the e-ID login, the errors, a reception, a free time, why, check answers, the receipt, and cancels it', async () => {
    const page = await openStep(4);
    expect(await axeInEveryDisplay(page, 'the booking’s start page')).toEqual([]);
    await logIn(page);
    await focusedHeading(page, 'Mottagning');
    expect(await axeInEveryDisplay(page, 'the booking’s first question')).toEqual([]);

    // Fortsätt with nothing chosen: the error summary takes focus, and its link leads to the first reception.
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    await page.getByRole('heading', { name: 'Fel: Mottagning' }).waitFor();
    expect(await axeInEveryDisplay(page, 'the booking’s errors')).toEqual([]);
    await tabTo(page, 'Välj mottagning.', { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'eservice-place');
    await page.keyboard.press('Space');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');

    // A free time from the list: Tab reaches the first time, the arrow key moves to the next and chooses it.
    await focusedHeading(page, 'Tid');
    await tabTo(page, '', { tag: 'input' });
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Vad gäller det?');
    await tabTo(page, '', { tag: 'textarea' });
    await page.keyboard.type('Ont i ryggen.');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Kontrollera dina svar');
    await page.getByText('Onsdag 15.00').waitFor();
    await page.getByText('Ont i ryggen.').waitFor();
    expect(await axeInEveryDisplay(page, 'the booking’s check your answers')).toEqual([]);
    await tabTo(page, 'Skicka in', { tag: 'button' });
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Besöket är bokat');
    await page.getByText('PM-2026-0003').waitFor();
    await page.getByText('Mottagningen vid torget').waitFor();
    await page.getByText('Onsdag 15.00').waitFor();
    expect(await axeInEveryDisplay(page, 'the booking’s receipt')).toEqual([]);

    await tabTo(page, 'Avboka besöket', { tag: 'button' });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Besöket är avbokat.' }).waitFor();
    // The button is gone: the keyboard is on what it did.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Besöket är avbokat.');
    expect(await page.getByRole('button', { name: 'Avboka besöket' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('warns "Du loggas snart ut" in time, and gives the time back with Enter', async () => {
    const page = await openStep(2);
    await logIn(page);
    await focusedHeading(page, 'Välj hämtdag');
    await page.clock.runFor(41_000);
    const dialog = page.getByRole('dialog', { name: 'Du loggas snart ut' });
    await dialog.waitFor();
    expect(await axeInEveryDisplay(page, 'the timeout warning')).toEqual([]);
    // The dialog's one button has focus: Enter stays.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.clock.runFor(61_000);
    await focusedHeading(page, 'Du har loggats ut');
  });

  it('fits 320 px at 200 % text with the error summary, with nothing sideways', async () => {
    const page = await openStep(1);
    await logIn(page);
    await focusedHeading(page, 'Den nya adressen');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Fel: Den nya adressen' }).waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    const cdp = await devToolsOf(page);
    await applyTextSize(page, cdp, largeText);
    expect((await measureReflow(page)).sideways).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await applyTextSize(page, cdp, normalText);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads the practice e-ID only at the login, and the errand’s receipt comes as a letter in a later step’s digital mailbox', async () => {
    // The e-ID's scenario comes with its code, when the login page is reached, not when the step opens.
    // The browser's cache is off meanwhile, so every file the page uses is a request.
    const network = await session.context.newCDPSession(session.page);
    await network.send('Network.enable');
    await network.send('Network.setCacheDisabled', { cacheDisabled: true });
    const fromHere = requests.length;
    const eIdScenarioFetched = () => requests.slice(fromHere).filter((url) => /\/login-this-device-[^/]*\.js$/.test(url)).length;
    const page = await openStep(1);
    expect(eIdScenarioFetched()).toBe(0);
    await tabTo(page, 'Logga in och starta', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Logga in');
    await tabTo(page, 'Övnings-ID på den här enheten', { tag: 'button' });
    expect(eIdScenarioFetched()).toBe(1);
    await network.send('Network.setCacheDisabled', { cacheDisabled: false });
    await network.detach();
    await page.keyboard.press('Enter');
    await typeInNextField(page, '135246');
    await page.keyboard.press('Enter');

    await focusedHeading(page, 'Den nya adressen');
    await typeInNextField(page, 'Provgatan 1');
    await typeInNextField(page, '12345');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Dagen');
    await typeInNextField(page, isoDay(2));
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Vem flyttar');
    await tabTo(page, '', { tag: 'input' });
    await page.keyboard.press('Space');
    await tabTo(page, 'Fortsätt', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Kontrollera dina svar');
    await tabTo(page, 'Skicka in', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Adressen är skickad');

    // On through the lesson by keyboard, to the step with the digital mailbox.
    for (const [step, heading] of [[2, 'Beställ ett kort'], [3, 'Brevlådan']] as const) {
      await tabTo(page, 'Nästa', { tag: 'a' });
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/practise-an-errand/${step}/`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Digital brevlåda' }).waitFor();
    await tabTo(page, 'Digital brevlåda', { tag: 'button' });
    await page.keyboard.press('Enter');
    // The mailbox's screens download now: focus goes to its heading when they are there.
    await focusedHeading(page, 'Dina brev');
    await tabTo(page, /Ny adress mottagen.*Från ett ärende du gjorde/, { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Ny adress mottagen');
    await page.getByText('Tack, Pia Prov.').waitFor();
    await page.getByText(/PV-2026-0001/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sent no request beyond the site itself', () => {
    const origin = new URL(session.siteUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
