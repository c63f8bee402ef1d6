import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPage, waitForFirstStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage({ context: { viewport: { width: 1280, height: 900 } } });
const stepPath = 'sv/lesson/what-is-email/1/';

/**
 * Runs in the page before its scripts: a speech synthesis with one Swedish
 * voice on the device that speaks nothing and ends an utterance when the
 * test calls `window.fakeSpeechEnd()`.
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

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const ranges = CSS.highlights.get('natvana-speech');
    return ranges ? [...ranges].map((range) => range.toString()).join('') : undefined;
  });
const saying = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeechSaying: () => string | undefined }).fakeSpeechSaying());

describe('read aloud in a real browser', () => {
  it('offers reading where the browser has a Swedish voice, and says so in plain words where it has none', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}${stepPath}`);
    await waitForFirstStep(page);
    // This Chromium may or may not have voices: the button says which, once the browser has told.
    const button = page.getByRole('button', { name: /^(Läs upp|Ingen röst för uppläsning)$/ });
    const noVoice = page.getByRole('button', { name: 'Ingen röst för uppläsning' });
    const hasSwedish = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const check = () => speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('sv'));
          if (speechSynthesis.getVoices().length > 0) resolve(check());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(check()));
          // Voices that never come are no voices: the app gives up after 3 s too.
          setTimeout(() => resolve(check()), 3500);
        }),
    );
    if (hasSwedish) {
      await page.getByRole('button', { name: 'Läs upp' }).waitFor();
    } else {
      await noVoice.waitFor();
      expect(await noVoice.getAttribute('aria-disabled')).toBe('true');
      await expect.poll(() => noVoice.evaluate((element) => element.getAttribute('aria-describedby') && document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
        'Den här webbläsaren har ingen röst som kan läsa svenska.',
      );
    }
    expect(await button.count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('highlights the sentence being read with the browser’s CSS highlights, and moves with the reading', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installFakeSpeech);
    const page = await context.newPage();
    try {
      await openPage(page, `${session.siteUrl}${stepPath}`);
      await waitForFirstStep(page);
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      await page.getByRole('button', { name: 'Läs upp' }).click();
      await page.getByRole('button', { name: 'Pausa' }).waitFor();
      expect(await saying(page)).toBe(title);
      expect(await highlighted(page)).toBe(title);
      expect(await page.locator('h1[data-speaking="sentence"]').count()).toBe(1);
      await expectNoAxeViolations(page);

      await page.evaluate(() => (window as unknown as { fakeSpeechEnd: () => void }).fakeSpeechEnd());
      const second = await saying(page);
      expect(second).toBeTruthy();
      expect(await highlighted(page)).toBe(second);
      expect(await page.locator('[data-block-id][data-speaking="sentence"]').count()).toBe(1);
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Sluta läsa' }).click();
      await page.getByRole('button', { name: 'Läs upp' }).waitFor();
      expect(await highlighted(page)).toBeUndefined();
      expect(await page.locator('[data-speaking]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('moves nothing on the step when the browser turns out to have no voice, and shows why once the button is pressed', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(() => {
        // A library computer with speech but no voice at all: the app gives up waiting after a few seconds.
        const silent = {
          paused: false,
          speaking: false,
          pending: false,
          getVoices: () => [],
          speak: () => undefined,
          cancel: () => undefined,
          pause: () => undefined,
          resume: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        };
        Object.defineProperty(window, 'speechSynthesis', { value: silent, configurable: true });
        // Every layout shift that no input of the learner's caused, from the first paint on.
        const shifts: number[] = [];
        Object.assign(window, { unasked: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await openPage(page, `${session.siteUrl}${stepPath}`);
      await waitForFirstStep(page);
      const noVoice = page.getByRole('button', { name: 'Ingen röst för uppläsning' });
      await noVoice.waitFor();
      // The frame that drew the change has been reported to the observer two frames later.
      const unasked = () =>
        page.evaluate(
          () =>
            new Promise<number[]>((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve([...(window as unknown as { unasked: number[] }).unasked]))),
            ),
        );
      expect(await unasked()).toEqual([]);
      const why = page.getByText('Den här webbläsaren har ingen röst som kan läsa svenska.');
      expect(await why.evaluate((element) => element.getBoundingClientRect().height <= 1)).toBe(true);
      // aria-disabled, so a screen reader says it cannot read; it still takes a press, and answers with why.
      await noVoice.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => why.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(10);
      expect(await unasked()).toEqual([]);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
