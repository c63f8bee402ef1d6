import type { Page } from 'playwright-core';

/** The focused element's role-ish tag and its accessible text, as a keyboard user would meet it. */
async function focused(page: Page): Promise<{ tag: string; text: string; type: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { tag: '', text: '', type: '' };
    const label = element.getAttribute('aria-label') ?? (element.closest('label')?.textContent || element.textContent || '');
    return { tag: element.tagName.toLowerCase(), text: label.replace(/\s+/g, ' ').trim(), type: element.getAttribute('type') ?? '' };
  });
}

/**
 * Presses Tab (as a learner would) until the element whose text matches is
 * focused. Fails if it is never reached, which means it is not keyboard-reachable.
 */
export async function tabTo(page: Page, text: string | RegExp, options: { tag?: string; maxPresses?: number } = {}): Promise<void> {
  const matches = (candidate: string) => (typeof text === 'string' ? candidate === text : text.test(candidate));
  for (let presses = 0; presses < (options.maxPresses ?? 80); presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now.text) && (!options.tag || now.tag === options.tag)) return;
  }
  throw new Error(`Could not reach "${String(text)}" with the Tab key on ${page.url()}.`);
}

export async function focusedElement(page: Page) {
  return focused(page);
}
