import axe, { type Result } from 'axe-core';

/** The WCAG 2.2 A and AA rules (with the 2.0 and 2.1 ones they build on). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on a rendered part of the page and returns its violations.
 *
 * 'color-contrast' is turned off: jsdom does no layout and no painting, so
 * axe cannot tell which colours end up behind a text (it reports every text
 * as unknown or wrong). Contrast is checked in a real browser by the
 * Playwright tests in test/browser/.
 */
export async function axeViolations(container: Element): Promise<Result[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: wcagTags },
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** One readable line per violation and element, so a failing test says what is wrong and where. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}
