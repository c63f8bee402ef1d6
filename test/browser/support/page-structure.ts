/**
 * What a screen-reader or keyboard user relies on, read from the page as the
 * browser has it: the structure of a page, and each stop of the Tab key with
 * the name Chromium's accessibility tree gives it, its focus indicator and
 * its size.
 */
import type { CDPSession, Page } from 'playwright-core';

/**
 * What is wrong with the page's structure, as readable lines: a skip link
 * first that leads to the main content, the banner, main and contentinfo
 * landmarks once each, one h1, headings that never skip a level, and a
 * title that names the page before the site. Empty when all is well.
 * A page in the bare frame (the presenter view: `<main data-frame="bare">`)
 * is its main landmark alone: no skip link, banner or contentinfo, since
 * there is nothing before the main content to skip.
 */
export function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const focusable = document.querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    const main = document.querySelector('main');
    const bare = main?.getAttribute('data-frame') === 'bare';
    if (!bare && (!focusable?.matches('a.skip-link') || focusable.getAttribute('href') !== `#${main?.id ?? '-'}`)) {
      problems.push('the first stop of the Tab key is not a skip link to <main>');
    }
    // A header or footer is the page's banner or contentinfo unless it sits inside a sectioning element or main.
    const inside = 'main, article, aside, nav, section';
    const landmarks = {
      banner: Array.from(document.querySelectorAll('header')).filter((element) => !element.parentElement?.closest(inside)),
      main: Array.from(document.querySelectorAll('main')),
      contentinfo: Array.from(document.querySelectorAll('footer')).filter((element) => !element.parentElement?.closest(inside)),
    };
    for (const [landmark, elements] of Object.entries(landmarks)) {
      const count = elements.length;
      const wanted = bare && landmark !== 'main' ? 0 : 1;
      if (count !== wanted) problems.push(`${count} ${landmark} landmarks${bare ? ' on a page in the bare frame' : ''}`);
    }
    const headings = Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')).filter((heading) => heading.getClientRects().length > 0);
    const ones = headings.filter((heading) => heading.tagName === 'H1');
    if (ones.length !== 1) problems.push(`${ones.length} h1 elements`);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName[1]);
      if (level > previous + 1) problems.push(`an h${level} after an h${previous || 'nothing'}: "${heading.textContent?.trim()}"`);
      previous = level;
    }
    // "<what the page is> – <site name>": the page's own part comes first, so a screen reader says it first.
    if (!/^\S.* – \S/.test(document.title)) problems.push(`the title "${document.title}" does not name the page before the site`);
    return problems;
  });
}

export interface TabStop {
  /** The role and tag, for messages: `link (a.site-name)`. */
  what: string;
  /** The accessible name, as Chromium computes it for screen readers. */
  name: string;
  /** The focus indicator: the outline or the box shadow that shows focus, and on which element. */
  indicator: string | undefined;
  width: number;
  height: number;
  /** A link or word explained inside a sentence: WCAG 2.5.8 lets it be smaller than 24 px. */
  inline: boolean;
  /** Identifies the element for loop detection. */
  key: string;
}

/**
 * The element that has focus now, with the name the accessibility tree gives
 * it, its focus indicator (a solid outline at least 3 px wide, or a box
 * shadow, on it or on the tile it stands for) and its size; undefined when
 * focus is on the page itself (after the last stop, the browser's own UI).
 */
export async function currentTabStop(page: Page, cdp: CDPSession): Promise<TabStop | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement === document.body ? null : document.activeElement' });
  if (!result.objectId) return undefined;
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  const ax = nodes.find((node) => !node.ignored) ?? nodes[0];
  const name = String(ax?.name?.value ?? '').trim();
  const role = String(ax?.role?.value ?? '');
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const seen = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const shows = (candidate: Element) => {
      const style = getComputedStyle(candidate);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 3) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
      return undefined;
    };
    // A tile's link draws its focus on the whole tile (the list item with :focus-within).
    let indicator = shows(element);
    for (let ancestor = element.parentElement, depth = 0; !indicator && ancestor && depth < 3; ancestor = ancestor.parentElement, depth += 1) {
      const found = shows(ancestor);
      if (found && ancestor.matches(':focus-within')) indicator = `${found} on its ${ancestor.tagName.toLowerCase()}`;
    }
    // What a click on the stop reaches: a tile's link covers its whole tile (a stretched ::after), and a
    // radio button or checkbox is chosen by a click anywhere on its label.
    const target = (element.matches('.tile-link') && element.closest('.module-tile, .lesson-item')) || (element instanceof HTMLInputElement && element.labels?.[0]?.contains(element) && element.labels[0]) || element;
    const box = target.getBoundingClientRect();
    // In a sentence (WCAG 2.5.8's exception): an inline link or word explained with other words beside it on
    // its lines, that is in the text of its block that is not in blocks of its own (a status line under a
    // link does not put the link in a sentence).
    const display = (node: Element) => getComputedStyle(node).display;
    const lineText = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : node instanceof Element && (node === element || display(node).startsWith('inline') || display(node) === 'contents')
          ? Array.from(node.childNodes).map(lineText).join('')
          : '';
    let block = element.parentElement;
    while (block && (display(block).startsWith('inline') || display(block) === 'contents')) block = block.parentElement;
    const ownText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const inline =
      (display(element) === 'inline' || element.matches('.term-word')) &&
      !!block &&
      Array.from(block.childNodes).map(lineText).join('').replace(/\s+/g, ' ').trim() !== ownText;
    const index = Array.from(document.querySelectorAll('*')).indexOf(element);
    return {
      tag: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().split(/\s+/).join('.')}` : ''}`,
      indicator,
      width: box.width,
      height: box.height,
      inline,
      key: `${element.tagName}#${index}`,
    };
  });
  return { what: `${role} (${seen.tag})`, name, indicator: seen.indicator, width: seen.width, height: seen.height, inline: seen.inline, key: seen.key };
}
