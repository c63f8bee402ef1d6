import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app-ready.ts';
import { axeInEveryDisplay, devToolsOf, largeText, normalText } from './support/axe-in-every-display.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { applyTextSize, measureReflow } from './support/display.ts';
import { tabTo } from './support/keyboard.ts';

// The fixture lesson test/fixtures/lessons-practice/practise-inbox/: one practice inbox scenario per step.
const requests: string[] = [];
const session = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 1280, height: 900 } },
  prepare: (context) => {
    context.on('request', (request) => requests.push(request.url()));
  },
});

const stepAddress = (step: number) => `${session.siteUrl}sv/lesson/practise-mail/${step}/`;

async function openStep(step: number): Promise<Page> {
  const { page } = session;
  await openPage(page, stepAddress(step));
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  await page.getByRole('heading', { name: 'Övningsmejlen' }).waitFor();
  return page;
}

const focusedText = (page: Page, text: string) => page.waitForFunction((expected) => document.activeElement?.textContent?.trim() === expected, text);

/** Tab until the field with this id has focus (a keyboard user reaches it in the form's order). */
async function tabToField(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`Could not reach the field #${id} with the Tab key.`);
}

async function press(page: Page, text: string | RegExp): Promise<void> {
  await tabTo(page, text, { tag: 'button' });
  await page.keyboard.press('Enter');
}

describe('the practice inbox in a lesson, by keyboard alone', () => {
  it('first reply: opens the message, replies and sends; the list, the message and writing pass axe', async () => {
    const page = await openStep(1);
    expect(await axeInEveryDisplay(page, 'the list')).toEqual([]);
    await press(page, /^Oläst, Ada Prov/);
    await focusedText(page, 'Fika i morgon');
    await page.getByText('Ada Prov <ada@prov.example>').waitFor();
    expect(await axeInEveryDisplay(page, 'a message')).toEqual([]);
    await press(page, 'Svara');
    await focusedText(page, 'Svara på mejlet');
    await tabToField(page, 'inbox-text');
    await page.keyboard.type('Ja, gärna!');
    expect(await axeInEveryDisplay(page, 'writing')).toEqual([]);
    await press(page, 'Skicka');
    await focusedText(page, 'Så här gick det');
    await page.getByText('Svaret gick iväg.').waitFor();
  });

  it('write and attach: the error summary, the practice file picker, then sent', async () => {
    const page = await openStep(2);
    await press(page, 'Skriv nytt mejl');
    await focusedText(page, 'Skriv mejl');
    await tabToField(page, 'inbox-to');
    await page.keyboard.type('ben.prov.example');
    await press(page, 'Skicka');
    await page.getByRole('region', { name: 'Mejlet kunde inte skickas' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeInEveryDisplay(page, 'writing with errors')).toEqual([]);
    await tabTo(page, /^En e-postadress har ett @/, { tag: 'a' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'inbox-to');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ben@prov.example');
    await press(page, 'Bifoga fil');
    await focusedText(page, 'Välj en fil att bifoga');
    expect(await axeInEveryDisplay(page, 'attaching')).toEqual([]);
    await press(page, 'Bifoga hund.jpg');
    await focusedText(page, 'Skriv mejl');
    await tabToField(page, 'inbox-subject');
    await page.keyboard.type('Hunden');
    await tabToField(page, 'inbox-text');
    await page.keyboard.type('Här är hon.');
    await press(page, 'Skicka');
    await page.getByText('Bilden på hunden gick iväg.').waitFor();
  });

  it('delete and get back: Ångra, then the trash', async () => {
    const page = await openStep(3);
    await press(page, /Provskolan/);
    await press(page, 'Ta bort');
    await focusedText(page, 'Mejlet flyttades till Papperskorgen. Ångra');
    await press(page, 'Papperskorg');
    await focusedText(page, 'Papperskorg');
    expect(await axeInEveryDisplay(page, 'the trash')).toEqual([]);
    await press(page, /Provskolan/);
    await press(page, 'Flytta till Inkorgen');
    await page.getByText('Mejlet om kursen är tillbaka.').waitFor();
  });

  it('find the fraud: the link’s real address, the "Oj" page, reports, and junk', async () => {
    const page = await openStep(4);
    await press(page, /Provbanken/);
    await press(page, 'Visa vart länken går');
    await page.getByText('https://provbank-se.example/in').waitFor();
    expect(await axeInEveryDisplay(page, 'a link’s real address')).toEqual([]);
    await press(page, 'Logga in');
    await focusedText(page, 'Oj – det här hade kunnat gå illa');
    expect(await axeInEveryDisplay(page, 'the Oj page')).toEqual([]);
    await press(page, 'Tillbaka till mejlet');
    await focusedText(page, 'Kontot stängs');
    await press(page, 'Anmäl som bedrägeri');
    await tabTo(page, '', { tag: 'input' });
    await page.keyboard.press('Space');
    expect(await axeInEveryDisplay(page, 'reporting')).toEqual([]);
    await press(page, 'Anmäl och flytta till Skräppost');
    await focusedText(page, 'Mejlet är anmält');
    await press(page, 'Tillbaka till Inkorg');
    await press(page, /Provlotteriet/);
    await press(page, 'Flytta till Skräppost');
    await page.getByText('Du hittade båda.').waitFor();
    await press(page, 'Skräppost');
    await focusedText(page, 'Skräppost');
    expect(await axeInEveryDisplay(page, 'junk')).toEqual([]);
  });

  it('digital mailbox: a letter and its document, and the fake mailbox e-mail reported', async () => {
    const page = await openStep(5);
    await press(page, 'Digital brevlåda');
    await focusedText(page, 'Dina brev');
    expect(await axeInEveryDisplay(page, 'the digital mailbox')).toEqual([]);
    await press(page, /Provverket/);
    await press(page, 'Öppna bilagan beslut.pdf (PDF)');
    await focusedText(page, 'Beslut');
    expect(await axeInEveryDisplay(page, 'a letter’s document')).toEqual([]);
    await press(page, 'Tillbaka till e-posten');
    await focusedText(page, 'Inkorg');
    await press(page, /Provbanken/);
    await press(page, 'Anmäl som bedrägeri');
    await press(page, 'Anmäl och flytta till Skräppost');
    await page.getByText('Brevet är läst och bedrägeriet anmält.').waitFor();
  });

  it('at 320 px with 200 % text nothing scrolls sideways: the list, a message, writing, the mailbox', async () => {
    const page = await openStep(5);
    await page.setViewportSize({ width: 320, height: 800 });
    const cdp = await devToolsOf(page);
    await applyTextSize(page, cdp, largeText);
    // The step's place is kept from the test before: start the round afresh.
    await press(page, 'Börja om');
    await focusedText(page, 'Inkorg');
    expect((await measureReflow(page)).sideways, 'the list').toBe(0);
    await press(page, /Provbanken/);
    await press(page, 'Visa vart länken går');
    expect((await measureReflow(page)).sideways, 'a message').toBe(0);
    await press(page, 'Skriv nytt mejl');
    expect((await measureReflow(page)).sideways, 'writing').toBe(0);
    await press(page, 'Digital brevlåda');
    expect((await measureReflow(page)).sideways, 'the mailbox').toBe(0);
    await applyTextSize(page, cdp, normalText);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sent no request beyond the site itself', () => {
    const origin = new URL(session.siteUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
