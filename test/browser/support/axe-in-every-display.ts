/**
 * axe on a page's state in every display a learner can have: the three
 * themes the system can ask for, at 100 % text and at 200 % text with
 * WCAG 1.4.12's text spacing. Shared by the practice tests, which check each
 * state a learner can reach this way.
 *
 * A theme or a text size changes how a page looks, not what it is: its
 * names, roles, labels and order stay the same. So every WCAG rule runs once,
 * on the whole page, in the standard theme at 100 %; in the other five
 * displays only the rules whose answer a display can change run, and only on
 * the part of the page that the state changed (the practice): the page's
 * frame is checked in every display by every-page-state. That keeps a test of
 * twenty states steady on a busy machine without leaving a display out.
 */
import type { CDPSession, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { applyTextSize, type TextSize, textSizes, themes } from './display.ts';

function textSizeAt(index: number): TextSize {
  const size = textSizes[index];
  if (!size) throw new Error(`test/browser/support/display.ts has no text size ${index}.`);
  return size;
}

/** The browser's normal text size. */
export const normalText = textSizeAt(0);
/** 200 % text with WCAG 1.4.12's text spacing. */
export const largeText = textSizeAt(1);

/**
 * The WCAG rules whose result depends on colours, sizes or layout: text and
 * link contrast, targets large enough, and parts that scroll. Every other
 * rule reads the page's structure, which no display changes.
 */
export const displayRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'] as const;

const sessions = new WeakMap<Page, CDPSession>();

/** One DevTools session per page, made the first time a test needs it. */
export async function devToolsOf(page: Page): Promise<CDPSession> {
  const known = sessions.get(page);
  if (known) return known;
  const session = await page.context().newCDPSession(page);
  sessions.set(page, session);
  return session;
}

/** Puts the page back in the standard theme at 100 % text. */
export async function resetDisplay(page: Page): Promise<void> {
  await applyTextSize(page, await devToolsOf(page), normalText);
  await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
}

/**
 * axe's violations on the page as it is now, in every display, each line
 * naming the state and the display. `within` is the part of the page the
 * state changed (a CSS selector); the page is left in the standard theme at
 * 100 %.
 */
export async function axeInEveryDisplay(page: Page, state: string, within = '.practice'): Promise<string[]> {
  const devTools = await devToolsOf(page);
  const problems: string[] = [];
  for (const [sizeIndex, size] of textSizes.entries()) {
    await applyTextSize(page, devTools, size);
    for (const [themeIndex, theme] of themes.entries()) {
      await page.emulateMedia(theme.media);
      const first = sizeIndex === 0 && themeIndex === 0;
      const violations = await axeViolations(page, first ? {} : { within, rules: displayRules });
      problems.push(...violations.map((violation) => `${state} (${theme.name}, ${size.name}): ${violation}`));
    }
  }
  await resetDisplay(page);
  return problems;
}
