import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * The ways a step may be set, tried in turn until one fits: full size, a
 * tenth smaller, then two columns (on a wide screen, see instructor.css) at
 * each size from full down to the smallest (`data-fit` 1 to 6).
 */
const layouts: readonly { columns: 1 | 2; fit: number }[] = [
  { columns: 1, fit: 0 },
  { columns: 1, fit: 1 },
  ...[0, 1, 2, 3, 4, 5, 6].map((fit) => ({ columns: 2 as const, fit })),
];

/**
 * Sets a step in the largest type that fits the window without scrolling:
 * the element starts at its full size (instructor.css) and goes through
 * `layouts` until the page is no taller than the window, or the last is
 * reached (never below its rem floor, so a step longer than a screen
 * scrolls rather than shrinks out of sight). Done
 * again for each step (`step` changes), when its fonts and pictures have
 * come, and when the window changes size, as it does on entering full screen. Only in the browser: the prerendered page
 * has the full size. Returns the ref for the element whose type is set.
 */
export function useFitToScreen<Element extends HTMLElement>(step: unknown): RefObject<Element | null> {
  const element = useRef<Element>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const target = element.current;
      if (!target) return;
      const page = document.documentElement;
      // Each change of the attributes is laid out at once when scrollHeight is read: a few layouts at most, before the browser paints.
      for (const layout of layouts) {
        target.dataset.columns = String(layout.columns);
        target.dataset.fit = String(layout.fit);
        if (page.scrollHeight <= window.innerHeight) break;
      }
    };
    fit();
    // Fit again once the fonts and pictures have come: they change the step's height.
    const target = element.current;
    let current = true;
    // (`document.fonts` is missing where there are no web fonts at all, as in jsdom.)
    if ('fonts' in document) document.fonts.ready.then(() => current && fit(), () => undefined);
    target?.addEventListener('load', fit, true);
    window.addEventListener('resize', fit);
    return () => {
      current = false;
      target?.removeEventListener('load', fit, true);
      window.removeEventListener('resize', fit);
    };
  }, [step]);
  return element;
}
