import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPage, waitForHeading } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

// The build of docs/library-example/library.json (scripts/build-variants.ts).
const session = openBrowserPage({ variant: 'library-example', context: { viewport: { width: 1280, height: 900 } } });

interface ModuleFile {
  order: number;
  title: { sv: string };
}

/**
 * The Swedish titles of the modules the library lists, in its order, from the lessons' own module.yaml
 * files; and the same modules in their own order, which the library's must differ from to show anything.
 */
function moduleTitles(): { libraryOrder: string[]; ownOrder: string[] } {
  const library = JSON.parse(readFileSync(session.variant.library, 'utf8')) as { modules: string[] };
  const modules = library.modules.map((id) => parse(readFileSync(join('lessons', id, 'module.yaml'), 'utf8')) as ModuleFile);
  return {
    libraryOrder: modules.map((module) => module.title.sv),
    ownOrder: [...modules].sort((a, b) => a.order - b.order).map((module) => module.title.sv),
  };
}

describe('a library with its own name, logo, hours and colour', () => {
  it('shows them on every page, in the order of its modules, with no axe violations', async () => {
    const { page, siteUrl } = session;
    await openPage(page, siteUrl);
    const header = page.getByRole('banner');
    await header.getByText('Exempelstads bibliotek').waitFor();
    const footer = page.getByRole('contentinfo');
    expect(await footer.getByRole('heading', { name: 'Behöver du hjälp?' }).count()).toBe(1);
    expect(await footer.innerText()).toContain('informationsdisken på plan 1');
    expect(await footer.innerText()).toContain('måndag–torsdag 10–19');
    const accent = await header.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(accent).toBe('rgb(107, 33, 88)');
    const modules = await page.locator('.module-title').allInnerTexts();
    const { libraryOrder, ownOrder } = moduleTitles();
    expect(libraryOrder).not.toEqual(ownOrder);
    expect(modules).toEqual(libraryOrder);
    await expectNoAxeViolations(page);

    await openPage(page, `${siteUrl}en/about/`);
    await waitForHeading(page, 'About Nätvana');
    expect(await page.getByRole('banner').innerText()).toContain('Exempelstad Library');
    await expectNoAxeViolations(page);
  });

  it('names its own contact on the accessibility statement, reached from the footer', async () => {
    const { page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }).click();
    await page.waitForURL('**/sv/accessibility/');
    await waitForHeading(page, 'Tillgänglighet');
    expect(await page.locator('main .library-contact').innerText()).toContain('informationsdisken på plan 1');
    await expectNoAxeViolations(page);
  });

  it('warns a learner who has walked away, lets them stay, and later starts over clean', async () => {
    const { browser, siteUrl } = session;
    const kioskContext = await browser.newContext();
    try {
      const kioskPage = await kioskContext.newPage();
      await kioskPage.clock.install();
      await openPage(kioskPage, `${siteUrl}sv/lesson/what-is-email/3/`);
      await kioskPage.locator('.step-count', { hasText: /^Steg 3 av \d+$/ }).waitFor();
      // The kiosk timer is a chunk of its own: the idle time counts from when it is there.
      await kioskPage.locator('dialog.kiosk-dialog').waitFor({ state: 'attached' });
      await kioskPage.evaluate(() => localStorage.setItem('natvana-test', 'something a learner left'));

      await kioskPage.clock.runFor('10:05');
      const warning = kioskPage.getByRole('dialog', { name: 'Är du kvar?' });
      await warning.waitFor();
      await expectNoAxeViolations(kioskPage);
      await kioskPage.keyboard.press('Enter');
      await warning.waitFor({ state: 'hidden' });
      expect(kioskPage.url()).toMatch(/what-is-email\/3\/$/);

      await kioskPage.clock.runFor('11:10');
      await kioskPage.waitForURL(siteUrl);
      await waitForHeading(kioskPage, 'Lär dig använda internet');
      expect(await kioskPage.evaluate(() => localStorage.getItem('natvana-test'))).toBeNull();
    } finally {
      await kioskContext.close();
    }
  });
});
