import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list when axe finds any WCAG 2.0–2.2 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const readable = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What to run axe on: the whole page by default, or only a part of it; every WCAG rule by default, or only the rules named. */
export interface AxeScope {
  /** A CSS selector: only that part of the page is checked. */
  readonly within?: string;
  /** axe rule ids: only these run (each must be one of the WCAG rules). */
  readonly rules?: readonly string[];
}

/**
 * The WCAG 2.0–2.2 A/AA violations on the page as it is now, each as one
 * readable line. axe is put into the page once per document and run again
 * for every state, which is what makes a loop over hundreds of states fast.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, within, rules }) => {
      const { axe } = window as unknown as {
        axe: { run: (context: Document | string, options: object) => Promise<{ violations: { id: string; help: string; tags: string[]; nodes: { target: string[] }[] }[] }> };
      };
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const results = await axe.run(within ?? document, { runOnly, resultTypes: ['violations'] });
      return results.violations
        .filter((violation) => violation.tags.some((tag) => tags.includes(tag)))
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    },
    { tags: wcagTags, within: scope.within, rules: scope.rules ? [...scope.rules] : undefined },
  );
}
