/**
 * The ways a learner changes how pages look, from outside the app, as a
 * browser or the system does: the browser's own text size, WCAG 1.4.12's
 * text spacing, and the system's colour-scheme and contrast settings.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

export interface TextSize {
  readonly name: string;
  /** Chromium's default font size in CSS px, as set in the browser's settings: 16 is the browser's normal. */
  readonly standard: number;
  readonly fixed: number;
  /** With WCAG 1.4.12's text spacing overrides on top. */
  readonly spacing: boolean;
}

export const textSizes: readonly TextSize[] = [
  { name: '100 %', standard: 16, fixed: 13, spacing: false },
  { name: '200 % with text spacing', standard: 32, fixed: 26, spacing: true },
];

export interface Theme {
  readonly name: string;
  readonly media: { colorScheme: 'light' | 'dark'; contrast: 'no-preference' | 'more' };
}

/** The themes a learner gets from the system's settings: the app follows prefers-contrast and prefers-color-scheme. */
export const themes: readonly Theme[] = [
  { name: 'standard', media: { colorScheme: 'light', contrast: 'no-preference' } },
  { name: 'high contrast', media: { colorScheme: 'light', contrast: 'more' } },
  { name: 'dark', media: { colorScheme: 'dark', contrast: 'no-preference' } },
];

/**
 * WCAG 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em,
 * word spacing 0.16em, as the bookmarklets testers use set them. Added as a
 * constructed stylesheet: the site's CSP allows no <style> element, and a
 * learner's browser extension does not ask it either.
 */
const textSpacingCss = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Sets the browser's own text size (as in Chromium's settings: rem and em follow it, px does not) and the text spacing. */
export async function applyTextSize(page: Page, cdp: CDPSession, size: TextSize): Promise<void> {
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: size.standard, fixed: size.fixed } });
  await page.evaluate(
    ({ css, spacing }) => {
      const own = (window as { natvanaTestSpacing?: CSSStyleSheet }).natvanaTestSpacing ?? new CSSStyleSheet();
      (window as { natvanaTestSpacing?: CSSStyleSheet }).natvanaTestSpacing = own;
      own.replaceSync(css);
      const others = document.adoptedStyleSheets.filter((sheet) => sheet !== own);
      document.adoptedStyleSheets = spacing ? [...others, own] : others;
    },
    { css: textSpacingCss, spacing: size.spacing },
  );
  // The new size has been laid out once the root's font size follows it.
  await page.waitForFunction(
    (standard) => Math.abs(parseFloat(getComputedStyle(document.documentElement).fontSize) / standard - 1.25) < 0.01,
    size.standard,
  );
}

export interface ReflowReport {
  /** How far the page scrolls sideways, in CSS px: 0 when it fits the window. */
  sideways: number;
  /** Elements that hide part of their content (overflow hidden or clip, or an ellipsis), named by tag and class. */
  cutOff: string[];
}

/** Whether the page fits the window's width, and whether any element cuts its content off. */
export function measureReflow(page: Page): Promise<ReflowReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const cutOff: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      // Text for screen readers only is clipped on purpose.
      if (element.closest('.visually-hidden')) continue;
      // A file input is drawn by the browser, which shortens the chosen file's name to fit; the page then says what the file held.
      if (element instanceof HTMLInputElement && element.type === 'file') continue;
      const style = getComputedStyle(element);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY) || style.textOverflow === 'ellipsis';
      if (!clips) continue;
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
        cutOff.push(`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
      }
    }
    return { sideways: Math.max(0, root.scrollWidth - root.clientWidth), cutOff };
  });
}

/** Every prerendered page of a built site, as paths under its base ('' for the root, 'sv/about/' …), sorted. */
export function prerenderedPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'assets' && !name.startsWith('.')) walk(path);
      } else if (name === 'index.html') {
        const page = relative(siteDir, folder).split(sep).join('/');
        pages.push(page === '' ? '' : `${page}/`);
      }
    }
  };
  walk(siteDir);
  return pages.sort();
}
