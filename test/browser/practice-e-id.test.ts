import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app-ready.ts';
import { axeInEveryDisplay, devToolsOf, largeText, normalText } from './support/axe-in-every-display.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { applyTextSize, measureReflow } from './support/display.ts';
import { tabTo } from './support/keyboard.ts';

// The fixture lesson test/fixtures/lessons-practice/: one practice e-ID scenario per step.
const requests: string[] = [];
const session = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 1280, height: 900 } },
  prepare: async (context) => {
    context.on('request', (request) => requests.push(request.url()));
    // The page's own clock, moved on by the test: the QR code's seconds pass without waiting for them.
    await context.clock.install();
  },
});

const stepAddress = (step: number) => `${session.siteUrl}sv/lesson/practise-logging-in/${step}/`;

async function openStep(step: number): Promise<Page> {
  const { page } = session;
  await openPage(page, stepAddress(step));
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  return page;
}

const phone = (page: Page) => page.getByRole('region', { name: 'Telefonen (låtsas)' });
const focusedHeading = (page: Page, name: string) =>
  page.waitForFunction((text) => /^H[23]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.textContent === text, name);
const payload = (page: Page) => page.getByRole('img', { name: 'QR-kod för övningen' }).getAttribute('data-payload');

/** Types the practice code in the phone's field, reached with Tab, and sends it with Enter. */
async function typeCode(page: Page, code = '135246'): Promise<void> {
  await tabTo(page, '', { tag: 'input' });
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

describe('the practice e-ID in a lesson, by keyboard alone', () => {
  it('logs in on another device: the QR code changes every second, stands still while paused, and is scanned', async () => {
    const page = await openStep(1);
    expect(await axeInEveryDisplay(page, 'the login page')).toEqual([]);
    await tabTo(page, 'Övnings-ID på en annan enhet', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Skanna QR-koden');
    expect(await axeInEveryDisplay(page, 'the QR code')).toEqual([]);

    const first = await payload(page);
    await page.clock.fastForward(1000);
    await page.waitForFunction((before) => document.querySelector('.eid-qr')?.getAttribute('data-payload') !== before, first);
    await tabTo(page, 'Pausa koden', { tag: 'button' });
    await page.keyboard.press('Enter');
    await page.getByText('Koden står still.').waitFor();
    const paused = await payload(page);
    await page.clock.fastForward(5000);
    expect(await payload(page)).toBe(paused);
    await page.keyboard.press('Enter'); // the same button, now "Starta koden igen"
    await page.clock.fastForward(1000);
    await page.waitForFunction((before) => document.querySelector('.eid-qr')?.getAttribute('data-payload') !== before, paused);

    await tabTo(page, 'Skanna QR-kod', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Legitimera dig');
    await phone(page).getByRole('heading', { name: 'Min avsikt:' }).waitFor();
    expect(await axeInEveryDisplay(page, 'the phone’s "Min avsikt:"')).toEqual([]);
    await typeCode(page, '111111');
    await phone(page).getByText('Fel säkerhetskod. Du har 2 försök kvar.').waitFor();
    expect(await axeInEveryDisplay(page, 'a wrong code')).toEqual([]);
    await typeCode(page);
    await focusedHeading(page, 'Du har legitimerat dig');
    await page.getByText('Välkommen till Mina sidor. Du är inloggad.').waitFor();
    expect(await axeInEveryDisplay(page, 'logged in')).toEqual([]);
  });

  it('logs in on this device, where the app opens on the same screen', async () => {
    const page = await openStep(2);
    await tabTo(page, 'Övnings-ID på den här enheten', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Legitimera dig');
    await tabTo(page, 'Visa övningskoden', { tag: 'button' });
    await page.keyboard.press('Enter');
    await phone(page).getByText('Övningskoden är 1 3 5 2 4 6.').waitFor();
    await typeCode(page);
    await focusedHeading(page, 'Du har legitimerat dig');
  });

  it('signs what is shown under "Min avsikt:"', async () => {
    const page = await openStep(3);
    await tabTo(page, 'Övnings-ID på den här enheten', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Skriv under');
    expect(await axeInEveryDisplay(page, 'the signing')).toEqual([]);
    await typeCode(page);
    await focusedHeading(page, 'Du har skrivit under');
  });

  it('stops the fraud call on "Risk för bedrägeri", and starts over', async () => {
    const page = await openStep(4);
    expect(await axeInEveryDisplay(page, 'the phone ringing')).toEqual([]);
    await tabTo(page, 'Svara', { tag: 'button' });
    await page.keyboard.press('Enter');
    await tabTo(page, 'Öppna Övnings-ID', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Pratar du i telefon med någon just nu?');
    expect(await axeInEveryDisplay(page, 'the app’s question')).toEqual([]);
    await tabTo(page, 'Ja', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Vem startade samtalet?');
    await tabTo(page, 'Någon ringde mig', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Risk för bedrägeri');
    await page.getByRole('heading', { name: 'Tecknen på bedrägeri:' }).waitFor();
    expect(await axeInEveryDisplay(page, 'the risk of fraud')).toEqual([]);
    await tabTo(page, 'Börja om', { tag: 'button' });
    await page.keyboard.press('Enter');
    await phone(page).getByRole('heading', { name: 'Inkommande samtal' }).waitFor();
  });

  it('meets an expired practice e-ID', async () => {
    const page = await openStep(5);
    await tabTo(page, 'Övnings-ID på den här enheten', { tag: 'button' });
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Ditt Övnings-ID har gått ut');
    expect(await axeInEveryDisplay(page, 'expired')).toEqual([]);
  });

  it('puts the phone below the service page at 320 px, with nothing sideways, and beside it on a wide screen', async () => {
    const page = await openStep(1);
    const boxes = async () => {
      const service = await page.locator('.eid-service').boundingBox();
      const device = await phone(page).boundingBox();
      if (!service || !device) throw new Error('The service page or the phone is not drawn.');
      return { service, device };
    };
    const wide = await boxes();
    expect(wide.device.x).toBeGreaterThan(wide.service.x + wide.service.width - 1);
    await page.setViewportSize({ width: 320, height: 800 });
    const cdp = await devToolsOf(page);
    await applyTextSize(page, cdp, largeText);
    const narrow = await boxes();
    expect(narrow.device.y).toBeGreaterThanOrEqual(narrow.service.y + narrow.service.height - 1);
    expect((await measureReflow(page)).sideways).toBe(0);
    await applyTextSize(page, cdp, normalText);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sent no request beyond the site itself', () => {
    const origin = new URL(session.siteUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
