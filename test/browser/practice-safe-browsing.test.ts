import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/app-ready.ts';
import { axeInEveryDisplay, devToolsOf, largeText, normalText } from './support/axe-in-every-display.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { applyTextSize, measureReflow } from './support/display.ts';
import { tabTo } from './support/keyboard.ts';

// The fixture lesson test/fixtures/lessons-practice/practise-safe-browsing/: one safe-browsing drill per step.
const requests: string[] = [];
const session = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 1280, height: 900 } },
  prepare: async (context) => {
    context.on('request', (request) => requests.push(request.url()));
  },
});

const steps = { whose: 1, padlock: 2, shop: 3, warning: 4, passphrase: 5 } as const;
const stepAddress = (step: number) => `${session.siteUrl}sv/lesson/practise-safely/${step}/`;

/** At 320 px wide and 200 % text, nothing in the practice makes the page scroll sideways. */
async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const cdp = await devToolsOf(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await applyTextSize(page, cdp, largeText);
  expect((await measureReflow(page)).sideways, state).toBe(0);
  await applyTextSize(page, cdp, normalText);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openStep(step: number): Promise<Page> {
  const { page } = session;
  await openPage(page, stepAddress(step));
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  return page;
}

const focusedHeading = (page: Page, name: string) =>
  page.waitForFunction((text) => /^H[234]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.textContent === text, name);
const focusInPractice = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('.practice')));

async function press(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name, { tag: 'button' });
  await page.keyboard.press('Enter');
}

describe('the safe-browsing drills in a lesson, by keyboard alone', () => {
  it('whose address: a wrong owner explained, the right one takes the address apart, spelled on request', async () => {
    const page = await openStep(steps.whose);
    expect(await axeInEveryDisplay(page, 'an address to read')).toEqual([]);
    await expectNoSidewaysScroll(page, 'an address to read');
    await press(page, 'provbanken.se');
    await focusedHeading(page, 'Inte riktigt');
    expect(await axeInEveryDisplay(page, 'a wrong owner')).toEqual([]);
    await press(page, 'konto-koll.net');
    await focusedHeading(page, 'Rätt! Ägaren är konto-koll.net.');
    await press(page, 'Läs adressen tecken för tecken');
    await page.getByText('Del 3: k o n t o bindestreck k o l l').waitFor();
    expect(await axeInEveryDisplay(page, 'the address taken apart')).toEqual([]);
    await expectNoSidewaysScroll(page, 'the address taken apart');
    await press(page, 'Nästa adress');
    await focusedHeading(page, 'Vem äger adressen?');
    await press(page, 'provfalsk.com');
    await press(page, 'Klar');
    await focusedHeading(page, 'Klart! Du har läst 2 adresser.');
    expect(await axeInEveryDisplay(page, 'all addresses read')).toEqual([]);
  });

  it('the padlock pair: an answer before a padlock is opened asks to open it first', async () => {
    const page = await openStep(steps.padlock);
    await press(page, 'Sidan är ärlig.');
    await focusedHeading(page, 'Öppna hänglåset först');
    expect(await page.getByRole('button', { name: 'Sidan är ärlig.' }).isEnabled()).toBe(true);
  });

  it('the padlock pair: both padlocks say the same, the wrong answer explained, the right one ends it', async () => {
    const page = await openStep(steps.padlock);
    await press(page, 'Hänglåset');
    await page.getByText('Anslutningen är skyddad.').first().waitFor();
    expect(await axeInEveryDisplay(page, 'a padlock opened')).toEqual([]);
    await expectNoSidewaysScroll(page, 'the padlock pair');
    await press(page, 'Sidan är ärlig.');
    await focusedHeading(page, 'Inte riktigt');
    await press(page, 'Anslutningen är skyddad.');
    await focusedHeading(page, 'Rätt!');
    expect(await axeInEveryDisplay(page, 'the padlock answered')).toEqual([]);
  });

  it('the fake shop: each sign found by keyboard, explained, and the advice at the end', async () => {
    const page = await openStep(steps.shop);
    expect(await axeInEveryDisplay(page, 'the fake shop')).toEqual([]);
    await expectNoSidewaysScroll(page, 'the fake shop');
    await press(page, 'Markera bilden som tecken');
    await page.getByText('Inget tydligt tecken').waitFor();
    await press(page, 'Markera priset som tecken');
    // The count is also announced through the app's live region: read it where the learner sees it.
    await page.locator('.sb-shop-status').getByText('Du har hittat 1 av 2 tecken.').waitFor();
    expect(await axeInEveryDisplay(page, 'a sign found')).toEqual([]);
    await press(page, 'Markera betalning som tecken');
    await focusedHeading(page, 'Bra! Du hittade alla 2 tecken.');
    expect(await axeInEveryDisplay(page, 'every sign found')).toEqual([]);
  });

  it('the fake virus warning: focus never leaves the practice, the page stays reachable, Esc and the tab’s × close it', async () => {
    const page = await openStep(steps.warning);
    await press(page, 'Öppna provlänken');
    await focusedHeading(page, 'PROVLARM! Datorn är sjuk!');
    expect(await focusInPractice(page)).toBe(true);
    expect(await axeInEveryDisplay(page, 'the fake warning')).toEqual([]);
    await expectNoSidewaysScroll(page, 'the fake warning');

    await press(page, 'Ring provsupporten');
    await focusedHeading(page, 'Tryck inte i varningen');
    expect(await focusInPractice(page)).toBe(true);
    expect(await axeInEveryDisplay(page, 'a button in the warning')).toEqual([]);

    // The warning traps nothing: Tab leaves the practice for the page's own controls, and comes back.
    await tabTo(page, 'Nästa');
    expect(await focusInPractice(page)).toBe(false);
    await tabTo(page, 'Ring provsupporten', { tag: 'button', maxPresses: 200 });

    // A letter typed in the pretend full screen is answered with the way out, inside the practice.
    await page.keyboard.press('x');
    await focusedHeading(page, 'Inte riktigt');
    expect(await focusInPractice(page)).toBe(true);

    await page.keyboard.press('Escape');
    await focusedHeading(page, 'Bra! Nu syns flikarna igen');
    expect(await focusInPractice(page)).toBe(true);
    expect(await axeInEveryDisplay(page, 'the tabs back')).toEqual([]);
    await press(page, 'Stäng fliken PROVLARM! Datorn är sjuk!');
    await focusedHeading(page, 'Bra gjort! Varningen är borta.');
    expect(await focusInPractice(page)).toBe(true);
    expect(await axeInEveryDisplay(page, 'the warning closed')).toEqual([]);
  });

  it('the passphrase: live feedback while typing, weak then strong', async () => {
    const page = await openStep(steps.passphrase);
    await page.getByText('Styrka: skriv något').waitFor();
    await tabTo(page, '', { tag: 'input' });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('Lösenfras att öva med');
    await page.keyboard.type('Sommar2024!');
    await page.getByText('Styrka: svag').waitFor();
    await page.getByText('En årstid och ett år, som Sommar2024, provar bedragare tidigt.').waitFor();
    expect(await axeInEveryDisplay(page, 'a weak passphrase')).toEqual([]);
    await expectNoSidewaysScroll(page, 'a weak passphrase');
    await press(page, 'Slumpa tre ord');
    await page.getByText('Styrka: stark').waitFor();
    await press(page, 'Jag är nöjd med frasen');
    await focusedHeading(page, 'Bra! Frasen är stark.');
    expect(await axeInEveryDisplay(page, 'a strong passphrase')).toEqual([]);
  });

  it('sent no request beyond the site itself', () => {
    const origin = new URL(session.siteUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});

describe('the safe-browsing drills offline', () => {
  // A profile of its own, kept between page loads, for the service worker.
  const offline = openBrowserPage({ variant: 'practice', persistentProfile: true });

  it('the passphrase drill’s word list, downloaded only on first use, works with the network off once the lesson was opened', async () => {
    const { page, context, siteUrl, siteDir } = offline;
    const passphraseStep = `${siteUrl}sv/lesson/practise-safely/${steps.passphrase}/`;
    await openPage(page, passphraseStep);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // From this load on, the service worker answers and keeps the lesson's files; nothing in the drill is pressed.
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByText('Övning – inget här är på riktigt').waitFor();
    const list = JSON.parse(readFileSync(join(siteDir, 'offline', 'sv.json'), 'utf8')) as { lessons: Record<string, string[]> };
    await page.waitForFunction(
      async (urls) => {
        const cache = await caches.open('natvana-lessons');
        return (await Promise.all(urls.map(async (url) => (await cache.match(url)) !== undefined))).every(Boolean);
      },
      (list.lessons['practise-safely'] ?? []).map((file) => new URL(file, siteUrl).href),
    );

    await context.setOffline(true);
    try {
      await openPage(page, passphraseStep);
      await page.getByText('Styrka: skriv något').waitFor();
      await press(page, 'Slumpa tre ord');
      await page.getByText('Styrka: stark').waitFor();
      expect(await page.getByText('Det gick inte att hämta ordlistan.', { exact: false }).count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
  });
});

/**
 * Runs in the page before its scripts: a speech synthesis with one Swedish voice on the device
 * that speaks nothing, keeps what it is asked to say, and ends an utterance when the test says so.
 */
function installFakeSpeech() {
  const queue: SpeechSynthesisUtterance[] = [];
  const voice = { name: 'Test', lang: 'sv-SE', localService: true, default: true, voiceURI: 'test' };
  const fake = {
    paused: false,
    get speaking() {
      return queue.length > 0;
    },
    pending: false,
    getVoices: () => [voice],
    speak: (utterance: SpeechSynthesisUtterance) => void queue.push(utterance),
    cancel: () => {
      for (const utterance of queue.splice(0)) utterance.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
    },
    pause: () => undefined,
    resume: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  class Utterance {
    text: string;
    lang = '';
    voice = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: ((event: SpeechSynthesisErrorEvent) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    fakeSpeechSaying: () => queue[0]?.text,
    fakeSpeechEnd: () => (queue.shift() as unknown as Utterance | undefined)?.onend?.(),
  });
}

describe('whose address read aloud, in a browser that can speak', () => {
  const speaking = openBrowserPage({
    variant: 'practice',
    context: { viewport: { width: 1280, height: 900 } },
    prepare: async (context) => {
      await context.addInitScript(installFakeSpeech);
    },
  });
  const saying = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeechSaying: () => string | undefined }).fakeSpeechSaying());
  const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeechEnd: () => void }).fakeSpeechEnd());

  it('reads the parts in order, by keyboard, and the same button stops it', async () => {
    const { page, siteUrl } = speaking;
    await openPage(page, `${siteUrl}sv/lesson/practise-safely/${steps.whose}/`);
    await page.getByText('Övning – inget här är på riktigt').waitFor();
    await press(page, 'konto-koll.net');
    await focusedHeading(page, 'Rätt! Ägaren är konto-koll.net.');
    await press(page, 'Läs upp adressen del för del');
    await page.waitForFunction(() => (window as unknown as { fakeSpeechSaying: () => string | undefined }).fakeSpeechSaying()?.startsWith('Del 1: https kolon'));
    await endUtterance(page);
    expect(await saying(page)).toBe('Del 2: provbanken punkt se punkt. Före ägarens namn. Ägaren kan skriva vad som helst här.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sluta läsa upp');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Läs upp adressen del för del' }).waitFor();
    expect(await saying(page)).toBeUndefined();
  });
});
