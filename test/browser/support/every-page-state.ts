/**
 * Every prerendered page in Swedish and English (every lesson's every step
 * and done page among them), in every theme the system
 * can ask for (standard, high contrast, dark) and at 100 % and 200 % text
 * (the browser's own text size, with WCAG 1.4.12's text spacing on top), in
 * a window 320 CSS px wide: no sideways scrolling and nothing cut off in any
 * of these states, and no axe violation (WCAG 2.0–2.2 A and AA). Each page
 * also has the structure a screen-reader user moves by: a skip link first,
 * the landmarks, one h1, headings in order, a title of its own.
 *
 * axe takes most of the time, so it runs in all six states on every page
 * outside the lessons and on each lesson's first step and last step (its
 * self-check); on the steps between, which share their frame with those, it
 * runs in one state each, a different one from step to step. The done pages
 * differ only in their lesson's name and the next lesson: the first lesson's
 * is checked in all six states, the others' in one state each.
 * The instructor's pages made per lesson (overview, handout, presenter view)
 * are checked the same way: all six states for the first lesson's, one state
 * each, in turn, for the other lessons', which share their frame; and so are
 * the certificate pages, one per module: the first module's in all six.
 * Where axe runs in all six states, every rule runs in the first, and in the
 * other five only the rules a display can change (contrast, target size,
 * links told apart from text, parts that scroll): a theme or a text size
 * changes how a page looks, not its names, roles or order.
 * One browser and one page for all: each page loads once, and its states are
 * switched in place. A lesson's first step is loaded; its other steps and its
 * done page are reached by its Next link, as a learner goes through it, and
 * each must then show the heading the build wrote into its page (its own
 * step's, not the step before's).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../../../scripts/build-variants.ts';
import { openPage, waitForPractices } from './app-ready.ts';
import { axeViolations } from './axe.ts';
import { displayRules } from './axe-in-every-display.ts';
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowserPage } from './browser-page.ts';
import { applyTextSize, measureReflow, prerenderedPages, textSizes, themes } from './display.ts';
import { structureProblems } from './page-structure.ts';

const builtPages = existsSync(buildVariant('sub-path').outDir) ? prerenderedPages(buildVariant('sub-path').outDir) : [];
const states = textSizes.flatMap((size) => themes.map((theme) => ({ size, theme })));

/**
 * Moves to `url` by the page's own link to it (a lesson's Next), inside the
 * app as a learner does, and waits until the new page has drawn and named
 * itself; false when the page has no such link.
 */
async function followLinkTo(page: Page, url: string): Promise<boolean> {
  const pathname = new URL(url).pathname;
  const before = await page.title();
  const followed = await page.evaluate((wanted) => {
    const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('main a[href]')).find((anchor) => new URL(anchor.href).pathname === wanted);
    link?.click();
    return link !== undefined;
  }, pathname);
  if (followed) await page.waitForFunction(({ wanted, title }) => location.pathname === wanted && document.title !== title, { wanted: pathname, title: before });
  return followed;
}

/** The text of a page's h1 as the build wrote it into the page's HTML. */
function prerenderedHeading(path: string): string {
  const html = readFileSync(join(buildVariant('sub-path').outDir, path, 'index.html'), 'utf8');
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const text = inner.replace(/<[^>]+>/g, '');
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_entity, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_entity, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name] ?? entity)
    .trim();
}

/**
 * Loads each page once and checks it in every state; `axeIn` says in which of
 * the states axe runs. With `walk`, the pages after the first are reached by
 * the link from the page before (a lesson's steps by Next), which is how a
 * learner meets them and spares a load of the page and of axe for each.
 */
async function checkPagesIn(
  session: BrowserSession,
  counted: { reflow: number; axe: number },
  paths: readonly string[],
  axeIn: (path: string, pageIndex: number) => 'every state' | number,
  walk = false,
): Promise<string[]> {
  const { page, context, siteUrl } = session;
  const cdp = await context.newCDPSession(page);
  const problems: string[] = [];
  for (const [pageIndex, path] of paths.entries()) {
    const url = `${siteUrl}${path}`;
    const followed = walk && pageIndex > 0 && (await followLinkTo(page, url));
    if (!followed) await openPage(page, url);
    await waitForPractices(page);
    // Reached inside the app, the page shows the heading the build wrote for it: the step's own.
    if (followed) {
      const shown = ((await page.locator('h1').textContent()) ?? '').trim();
      const built = prerenderedHeading(path);
      if (shown !== built) problems.push(`/${path} shows the heading "${shown}" after its link was followed, where the page says "${built}"`);
    }
    for (const problem of await structureProblems(page)) problems.push(`/${path} ${problem}`);
    const axeState = axeIn(path, pageIndex);
    for (const [stateIndex, { size, theme }] of states.entries()) {
      if (stateIndex === 0 || states[stateIndex - 1]?.size !== size) await applyTextSize(page, cdp, size);
      await page.emulateMedia(theme.media);
      const state = `/${path} (${theme.name}, ${size.name})`;
      const { sideways, cutOff } = await measureReflow(page);
      if (sideways > 0) problems.push(`${state} scrolls ${sideways} px sideways`);
      if (cutOff.length > 0) problems.push(`${state} cuts off ${cutOff.join(', ')}`);
      counted.reflow += 1;
      const axeScope = axeState === stateIndex || (axeState === 'every state' && stateIndex === 0) ? {} : axeState === 'every state' ? { rules: displayRules } : undefined;
      if (axeScope) {
        for (const violation of await axeViolations(page, axeScope)) problems.push(`${state} ${violation}`);
        counted.axe += 1;
      }
    }
  }
  await cdp.detach();
  return problems;
}

/**
 * Every page in `language`, checked as above. Each language is a test file of
 * its own, so the two can run side by side.
 */
export function describeEveryPageState(language: 'sv' | 'en'): void {
  const session = openBrowserPage({ context: { viewport: { width: 320, height: 640 } } });
  const counted = { reflow: 0, axe: 0 };
  afterAll(() => {
    console.info(`Page states checked at 320 px in ${language}: ${counted.reflow} for sideways scrolling and cut-off content, ${counted.axe} of them with axe.`);
  });
  const checkPages = (paths: readonly string[], axeIn: (path: string, pageIndex: number) => 'every state' | number, walk = false) =>
    checkPagesIn(session, counted, paths, axeIn, walk);
  describe(`every page in ${language}, in three themes, at 100 % and 200 % text, 320 px wide`, () => {
    const pages = builtPages.filter((path) => path.startsWith(`${language}/`) || (language === 'sv' && path === ''));
    const lessonPages = pages.filter((path) => path.startsWith(`${language}/lesson/`));
    const lessons = [...new Set(lessonPages.map((path) => path.split('/')[2] ?? ''))];

    it('has the pages to check', () => {
      expect(pages.length).toBeGreaterThan(10);
      expect(lessons.length).toBeGreaterThan(0);
    });

    const perLesson = /^[a-z]{2}\/instructor\/(lesson|handout|present)\//;
    const instructorPerLesson = pages.filter((path) => perLesson.test(path));
    const certificatePages = pages.filter((path) => path.startsWith(`${language}/certificate/`));

    it('pages outside the lessons: no axe violations, no sideways scrolling, nothing cut off', async () => {
      const outside = pages.filter((path) => !lessonPages.includes(path) && !instructorPerLesson.includes(path) && !certificatePages.includes(path));
      expect(await checkPages(outside, () => 'every state')).toEqual([]);
    });

    // One test per kind of page (overview, handout, presenter view), so each stays well inside its time limit on a busy machine.
    it.each(['lesson', 'handout', 'present'])('the instructor’s %s page of each lesson: the same', async (kind) => {
      const ofKind = instructorPerLesson.filter((path) => path.split('/')[2] === kind);
      expect(ofKind.length).toBeGreaterThan(0);
      const [firstLesson] = lessons;
      const ofFirst = (path: string) => path.split('/')[3] === firstLesson;
      expect(await checkPages(ofKind, (path, index) => (ofFirst(path) ? 'every state' : index % states.length))).toEqual([]);
    });

    it('the certificate page of each module: the same', async () => {
      expect(certificatePages.length).toBeGreaterThan(0);
      expect(await checkPages(certificatePages, (_path, index) => (index === 0 ? 'every state' : index % states.length))).toEqual([]);
    });

    it.each(lessons)('lesson %s, every step and its done page: the same', async (lesson) => {
      const steps = lessonPages
        .filter((path) => path.startsWith(`${language}/lesson/${lesson}/`))
        .sort((a, b) => (Number(a.split('/')[3]) || Infinity) - (Number(b.split('/')[3]) || Infinity));
      const done = steps.length - 1;
      const everyState = (index: number) => index === 0 || index === done - 1 || (index === done && lesson === lessons[0]);
      expect(await checkPages(steps, (_path, index) => (everyState(index) ? 'every state' : index % states.length), true)).toEqual([]);
    });
  });
}
