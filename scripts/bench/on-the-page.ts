/**
 * What Lighthouse does not measure, measured through the page as a learner
 * meets it, in the benchmark's Chromium on the applied slow line (the same
 * latency, throughput and 4× CPU slowdown as Lighthouse's devtools pass):
 *
 * - when a practice is ready to use: from the start of the navigation to the
 *   moment the practice's region holds a button and nothing in it says it is
 *   still loading (aria-busy);
 * - how long each press of Next takes to answer, by the browser's Event
 *   Timing API (the interaction's duration, from the key press to the next
 *   frame painted, as INP counts it), the first press apart from the rest.
 *
 * Nothing here reads the app's internals: only roles, names and the address.
 */
import { type Browser, type CDPSession, type Page, chromium } from 'playwright-core';

/** Lighthouse's devtools throttling for its mobile profile: 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
export const appliedLine = { latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const cpuSlowdown = 4;

async function throttled(browser: Browser): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  // A context of its own per measure: nothing cached, no service worker, no saved progress, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...appliedLine });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { page, cdp, close: () => context.close() };
}

export interface PracticeReady {
  /** From the start of the navigation to a usable practice, in ms. */
  readyMs: number;
  /** Every file the page asked for by then, in the order asked. */
  requests: string[];
}

/** Loads a lesson step with a practice afresh and times it until the practice can be used. */
export async function practiceReady(cdpPort: number, url: string, regionName: string): Promise<PracticeReady> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const { page, close } = await throttled(browser);
  try {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (name) => {
        const region = [...document.querySelectorAll('section[aria-label]')].find((section) => section.getAttribute('aria-label') === name);
        const usable = region && !region.querySelector('[aria-busy="true"]') && region.querySelector('button:not([disabled]), input:not([disabled])');
        return usable ? performance.now() : false;
      },
      regionName,
      { polling: 'raf', timeout: 120_000 },
    );
    return { readyMs: Number(await handle.jsonValue()), requests };
  } finally {
    await close();
    await browser.close();
  }
}

export interface NextPresses {
  /**
   * Each press's interaction duration in ms, in order: the first one is the
   * first press after the page loaded. Event Timing reports nothing under
   * 16 ms, so a press it did not report counts as 16 ms, the most it took.
   */
  durations: number[];
}

/** The least duration Event Timing reports; a press it leaves out took less. */
const eventTimingThreshold = 16;

/**
 * Opens a lesson's first step, waits until the app has started, then presses
 * Next (by keyboard, on the focused link) `presses` times, each once the step
 * before has shown, and reads each interaction's duration from Event Timing.
 */
export async function nextPresses(cdpPort: number, url: string, nextName: RegExp, presses: number): Promise<NextPresses> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const { page, cdp, close } = await throttled(browser);
  try {
    await page.addInitScript((threshold) => {
      // By interaction: when it started and how long it took.
      const interactions: Record<number, { start: number; duration: number }> = {};
      Object.assign(window, { natvanaBenchInteractions: interactions });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[]) {
          if (!entry.interactionId) continue;
          const known = interactions[entry.interactionId];
          interactions[entry.interactionId] = { start: Math.min(known?.start ?? Infinity, entry.startTime), duration: Math.max(known?.duration ?? 0, entry.duration) };
        }
        // durationThreshold is missing from TypeScript's PerformanceObserverInit.
      }).observe({ type: 'event', buffered: true, ...{ durationThreshold: threshold } });
    }, eventTimingThreshold);
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready', undefined, { timeout: 120_000 });
    // The line matters for loading, not for pressing: a step's next page is already in the downloaded lesson.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    // When each press began, on the page's clock, so each reported interaction is put to its press.
    const pressedAt: number[] = [];
    for (let press = 0; press < presses; press += 1) {
      const heading = await page.locator('h1').textContent();
      const next = page.getByRole('link', { name: nextName });
      await next.focus();
      pressedAt.push(await page.evaluate(() => performance.now()));
      await page.keyboard.press('Enter');
      await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading);
    }
    // Event Timing reports an interaction once its frame is painted: wait for the last one to arrive (it may be under the threshold, and never come).
    await page.waitForFunction((count) => Object.keys((window as unknown as { natvanaBenchInteractions: object }).natvanaBenchInteractions).length >= count, presses, {
      timeout: 10_000,
    }).catch(() => undefined);
    const interactions = await page.evaluate(() => Object.values((window as unknown as { natvanaBenchInteractions: Record<string, { start: number; duration: number }> }).natvanaBenchInteractions));
    return { durations: pressedAt.map((_at, press) => durationOfPress(interactions, pressedAt, press)) };
  } finally {
    await close();
    await browser.close();
  }
}

/** The longest interaction that began between a press and the next one; under the threshold when none was reported. */
export function durationOfPress(interactions: { start: number; duration: number }[], pressedAt: number[], press: number): number {
  const from = pressedAt[press] ?? Infinity;
  const until = pressedAt[press + 1] ?? Infinity;
  const durations = interactions.filter((interaction) => interaction.start >= from && interaction.start < until).map((interaction) => interaction.duration);
  return durations.length > 0 ? Math.max(...durations) : eventTimingThreshold;
}
