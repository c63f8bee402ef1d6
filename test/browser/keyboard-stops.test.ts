/**
 * Tabs through the pages a learner meets (start, a module, a lesson step with
 * quizzes, the done page, My progress, About), as someone with only a
 * keyboard or a screen reader does: every stop has a name, shows where focus
 * is (an outline of at least 3 px or a ring), is a target of at least
 * 44 × 44 CSS px (the product's bar; WCAG 2.5.8 asks 24) unless it is a link
 * or a word explained inside a sentence, and Tab goes on until it leaves the
 * page: no stop holds focus (no keyboard trap).
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, waitForHeading } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { currentTabStop, structureProblems, type TabStop } from './support/page-structure.ts';

const session = openBrowserPage({ context: { viewport: { width: 1280, height: 900 } } });
let cdp: CDPSession;

beforeAll(async () => {
  cdp = await session.context.newCDPSession(session.page);
  await cdp.send('Accessibility.enable');
});

const smallest = { width: Infinity, height: Infinity, what: '' };
afterAll(() => {
  console.info(`Smallest Tab stop outside sentences: ${Math.round(smallest.width)} × ${Math.round(smallest.height)} px (${smallest.what}).`);
});

/** Presses Tab from the top of the page until focus leaves it; fails if that takes more presses than a page could need. */
async function tabThroughPage(): Promise<TabStop[]> {
  const { page } = session;
  const stops: TabStop[] = [];
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await currentTabStop(page, cdp);
    // Focus has gone past the last stop, to the browser: Tab left the page.
    if (!stop) return stops;
    // Back at the first stop: the page's stops go round, which is no trap either.
    if (stops.length > 0 && stop.key === stops[0]?.key) return stops;
    const last = stops.at(-1);
    if (last && stop.key === last.key) throw new Error(`Tab does not move on from ${stop.what} "${stop.name}" on ${page.url()}: a keyboard trap.`);
    stops.push(stop);
  }
  throw new Error(`Tab did not leave ${page.url()} after 150 presses: a keyboard trap.`);
}

function problemsOf(stops: readonly TabStop[]): string[] {
  const problems: string[] = [];
  for (const stop of stops) {
    const where = `${stop.what} "${stop.name}"`;
    if (!stop.name) problems.push(`${stop.what} has no accessible name`);
    if (!stop.indicator) problems.push(`${where} shows no focus indicator`);
    if (!stop.inline && (stop.width < 44 || stop.height < 44)) problems.push(`${where} is ${Math.round(stop.width)} × ${Math.round(stop.height)} px`);
    if (!stop.inline && Math.min(stop.width, stop.height) < Math.min(smallest.width, smallest.height)) Object.assign(smallest, stop);
  }
  return problems;
}

const pages = [
  { name: 'the start page', path: 'sv/' },
  { name: 'a module page', path: 'sv/module/email/' },
  { name: 'a lesson step with quizzes', path: 'sv/lesson/what-is-email/7/' },
  { name: 'a lesson step with a word explained', path: 'sv/lesson/what-is-the-internet/4/' },
  { name: 'a lesson’s done page', path: 'sv/lesson/what-is-email/done/', finished: 'sv/what-is-email' },
  { name: 'My progress', path: 'sv/progress/' },
  { name: 'About', path: 'sv/about/' },
  { name: 'a lesson step with quizzes in English', path: 'en/lesson/what-is-email/7/' },
];

describe('a learner with only a keyboard, or a screen reader', () => {
  it.each(pages)('meets on $name a named stop with a visible focus indicator and a 44 px target at every Tab, and Tab leaves the page', async ({ path, finished }) => {
    const { page, siteUrl } = session;
    if (finished) {
      // The done page of a lesson this browser went through, as a learner meets it.
      await openPage(page, `${siteUrl}sv/about/`);
      const progress = JSON.stringify({ version: 1, lessons: { [finished]: { status: 'done', furthestStep: 99, quizzes: {}, updatedAt: Date.now(), finishedAt: Date.now() } } });
      await page.evaluate((value) => localStorage.setItem('natvana-progress', value), progress);
    }
    await openPage(page, `${siteUrl}${path}`);
    if (finished) await waitForHeading(page, 'Bra gjort!');
    expect(await structureProblems(page)).toEqual([]);
    const stops = await tabThroughPage();
    expect(stops.length).toBeGreaterThan(5);
    expect(stops[0]?.what).toMatch(/^link \(a\.skip-link\)/);
    expect(problemsOf(stops)).toEqual([]);
  });

  it('tells the "Svara" buttons of a step’s quizzes apart by their names', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/lesson/what-is-email/7/`);
    const stops = await tabThroughPage();
    const answerButtons = stops.filter((stop) => stop.what.startsWith('button') && stop.name.startsWith('Svara'));
    expect(answerButtons.length).toBeGreaterThan(1);
    expect(new Set(answerButtons.map((stop) => stop.name)).size).toBe(answerButtons.length);
  });

  it('moves focus to the new page’s h1 and names the page in the title after a link is followed', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/`);
    const startTitle = await page.title();
    // The heading the page has once it is there, as its prerendered HTML has it.
    const prerendered = await (await fetch(`${siteUrl}sv/about/`)).text();
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(prerendered)?.[1] ?? '';
    expect(heading).not.toBe('');
    await page.getByRole('navigation', { name: /./ }).first().getByRole('link', { name: 'Om Nätvana' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sv/about/');
    // While the page's code downloads, a "loading" heading may hold focus first; the page's own h1 takes it when it comes.
    await waitForHeading(page, heading);
    await page.waitForFunction((words) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === words, heading);
    await page.waitForFunction((words) => document.title.startsWith(words), heading);
    expect(await page.title()).not.toBe(startTitle);
    expect(await structureProblems(page)).toEqual([]);
  });
});
