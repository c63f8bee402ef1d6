/**
 * The service worker's cache of lesson files, as a test reads it from the
 * page. Playwright's waitForFunction takes a promise for a true answer and
 * stops at once, so a wait on the Cache API (which only answers in promises)
 * asks again and again with expect.poll until the state it wants is there.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The name the service worker keeps lesson files under (scripts/service-worker.ts). */
export const lessonCache = 'natvana-lessons';

/** Every address the lesson cache holds now. */
export function keptFiles(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url), lessonCache);
}

/** Waits until the lesson cache holds every one of `urls`, or, with `held: false`, none of them. */
export async function waitForLessonCache(page: Page, urls: readonly string[], held = true): Promise<void> {
  await expect
    .poll(
      async () => {
        const kept = await keptFiles(page).catch(() => undefined);
        return kept !== undefined && urls.every((url) => kept.includes(url) === held);
      },
      { timeout: 120_000, interval: 100 },
    )
    .toBe(true);
}
