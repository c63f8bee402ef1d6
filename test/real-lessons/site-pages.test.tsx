// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src/i18n/index.ts';
import { formatProblem } from '../../src/lesson-pipeline/problems.ts';
import { loadSitePages, sitePageIds } from '../../src/lesson-pipeline/site-pages.ts';
import { progressKey } from '../../src/progress/index.ts';
import { probeKey, quarantineKey } from '../../src/progress/progress-store-types.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The tests run from the project's folder (jsdom gives import.meta.url no file: address).
const projectRoot = process.cwd();

/** Every key Nätvana keeps in local storage, as the code names it: the privacy page must name each one. */
const storedKeys = [progressKey, quarantineKey(0).replace(/0$/, ''), probeKey, 'natvana-settings'];

describe('the real site pages (site-pages/)', () => {
  const { pages, problems } = loadSitePages(`${projectRoot}/site-pages`, projectRoot);

  it('load with no problems, every page in every interface language', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(pages.size).toBe(sitePageIds.length * uiLanguages.length);
  });

  it.each(uiLanguages)('name every storage key on the privacy page in %s', (language) => {
    const text = JSON.stringify(pages.get(`${language}/privacy`));
    for (const key of storedKeys) expect(text, key).toContain(key);
  });

  it.each(uiLanguages)('show the library’s contact on the accessibility statement in %s', (language) => {
    const page = pages.get(`${language}/accessibility`);
    expect(page?.sections.some((section) => section.parts.some((part) => part.kind === 'library-contact'))).toBe(true);
  });

  describe.each(uiLanguages)('in %s', (language) => {
    // axe in jsdom over a whole page (the glossary lists every term): tens of seconds on a busy 2-core machine.
    it.each(['glossary', 'accessibility', 'privacy'])('render the %s page with one h1 and no axe violations', { timeout: 120_000 }, async (page) => {
      const { container } = await renderApp(`/${language}/${page}/`);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(describeViolations(await axeViolations(container))).toEqual([]);
    });
  });
});
