import type { Page, Response } from 'playwright-core';

/**
 * Waits until the prerendered page has come alive. The app starts after the
 * first paint, so a test that clicks at once would use the page as plain
 * HTML (which works too, but is not what it means to test).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready');
}

/** Loads an address afresh and waits for the app on it to come alive. */
export async function openPage(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForApp(page);
  return response;
}

const stepWords = {
  sv: (step: number | string, total: number | string) => `Steg ${step} av ${total}`,
  en: (step: number | string, total: number | string) => `Step ${step} of ${total}`,
} as const;

/** The step counter of a lesson step page. */
export const stepCounter = (page: Page) => page.locator('.step-count');

/**
 * Waits until the page shows step `step` of `total` in its counter: the state
 * after moving to a step, whether by a link inside the app or a page load.
 */
export async function waitForStep(page: Page, step: number, total: number, language: keyof typeof stepWords = 'sv'): Promise<void> {
  await stepCounter(page)
    .filter({ hasText: new RegExp(`^\\s*${stepWords[language](step, total)}\\s*$`) })
    .waitFor();
}

/** Waits for a lesson's first step and returns how many steps the lesson has. */
export async function waitForFirstStep(page: Page, language: keyof typeof stepWords = 'sv'): Promise<number> {
  const first = stepCounter(page).filter({ hasText: new RegExp(`^\\s*${stepWords[language](1, '\\d+')}\\s*$`) });
  await first.waitFor();
  const total = Number(/(\d+)\s*$/.exec(await first.innerText())?.[1]);
  if (!Number.isInteger(total) || total < 1) throw new Error(`The step counter on ${page.url()} gives no number of steps.`);
  return total;
}

/** Waits until the page's one h1 reads `name`. */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Waits until focus is on the page's h1, where the app puts it after every move inside the app. */
export async function waitForFocusOnHeading(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

/**
 * Goes through a Swedish lesson as a learner does, from its first step with
 * Nästa to its last and Klar to the done page: how a lesson comes to count as
 * done (opening the done page from a link does not).
 */
export async function goThroughLesson(page: Page, lessonUrl: string): Promise<void> {
  await openPage(page, `${lessonUrl}1/`);
  const total = await waitForFirstStep(page);
  for (let step = 2; step <= total; step++) {
    await page.getByRole('link', { name: 'Nästa', exact: true }).click();
    await waitForStep(page, step, total);
  }
  await page.getByRole('link', { name: 'Klar', exact: true }).click();
  await page.waitForURL(`${lessonUrl}done/`);
}

/**
 * Waits until every practice on the page has downloaded and drawn its first
 * screen (or said that it could not): a practice arrives after the page, so
 * a check of the page's headings or names before then would miss it.
 */
export async function waitForPractices(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.practice-slot')).every(
      (slot) => !slot.querySelector('[aria-busy="true"]') && Boolean(slot.querySelector('.practice, .practice-problem')),
    ),
  );
}
