/**
 * A module's certificate in a real browser, built with the example library
 * configuration (it has a name): the learner finishes every lesson of a
 * module, opens the certificate from My progress, types a name and prints.
 * On paper: the certificate alone, on one A4 page, with the name, the module
 * and the library; none of the app's navigation. Afterwards the browser
 * keeps no trace of the name, and a reload shows an empty field. A module not
 * finished says what is left and offers nothing to print. axe on every page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goThroughLesson, openPage, waitForApp } from './support/app-ready.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage({ variant: 'library-example' });

const libraryName = 'Exempelstads bibliotek';
// Long and unusual, so finding it anywhere is not a coincidence.
const learnerName = 'Ingegerd Provsdotter-Lind';

/** The pages of a PDF, counted by its page objects (not the /Pages tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** The first module on the start page: its address, title and its lessons' ids, whatever the lessons are. */
async function firstModule(page: Page, siteUrl: string): Promise<{ id: string; title: string; lessonIds: string[] }> {
  await openPage(page, `${siteUrl}sv/`);
  await page.locator('.module-title a').first().click();
  await page.waitForURL('**/module/*/');
  // The module page comes with the other pages' chunk: its lessons are there once it has arrived.
  await page.locator('.lesson-item-title a').first().waitFor();
  const id = /\/module\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  const title = await page.locator('h1').innerText();
  const hrefs = await page.locator('.lesson-item-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const lessonIds = hrefs.map((href) => /\/lesson\/([^/]+)\//.exec(href)?.[1] ?? '');
  expect(lessonIds.length).toBeGreaterThan(0);
  return { id, title, lessonIds };
}

/** Finishes a lesson the way a learner does: through its steps to its done page, which keeps it as done. */
async function finishLesson(page: Page, siteUrl: string, lessonId: string): Promise<void> {
  await goThroughLesson(page, `${siteUrl}sv/lesson/${lessonId}/`);
  await page.waitForFunction(
    (key) => (JSON.parse(localStorage.getItem('natvana-progress') ?? '{}') as { lessons?: Record<string, { status?: string }> }).lessons?.[key]?.status === 'done',
    `sv/${lessonId}`,
  );
}

/** Everything the browser keeps for the site, as text: both storages, every IndexedDB database's records, the cached addresses. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const areas = [localStorage, sessionStorage].flatMap((area) => Object.keys(area).map((key) => `${key}=${area.getItem(key) ?? ''}`));
    const databases = await indexedDB.databases();
    const records: string[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} would not open.`));
      });
      for (const store of database.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name}/${store} would not read.`));
        });
        records.push(`${name}/${store}=${JSON.stringify(all)}`);
      }
      database.close();
    }
    const cached: string[] = [];
    for (const cacheName of await caches.keys()) for (const request of await (await caches.open(cacheName)).keys()) cached.push(request.url);
    return [...areas, ...records, ...cached, location.href].join('\n');
  });
}

describe('a module’s certificate', () => {
  it('once every lesson is done: opened from My progress, printed on one A4 page with the name typed, and the name kept nowhere', async () => {
    const { page, siteUrl } = session;
    const module = await firstModule(page, siteUrl);
    for (const lessonId of module.lessonIds) await finishLesson(page, siteUrl, lessonId);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina framsteg' }).click();
    await page.waitForURL('**/sv/progress/');
    await page.getByRole('link', { name: `Skriv ut ett intyg för ${module.title}` }).click();
    await page.waitForURL(`**/sv/certificate/${module.id}/`);
    const certificate = page.getByRole('region', { name: 'Intyg' });
    await certificate.waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Ditt namn' }).fill(learnerName);
    await certificate.getByText(learnerName).waitFor();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const text of [learnerName, module.title, libraryName, 'Intyg', 'har gjort klart alla lektioner i modulen', 'Nätvana']) expect(printed).toContain(text);
    for (const navigation of ['Hoppa till innehållet', 'Mina framsteg', 'Text och färg', 'Avsluta och radera mina uppgifter', 'Du är här', 'Ditt namn', 'Skriv ut intyget', 'Namnet sparas inte']) {
      expect(printed).not.toContain(navigation);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);
    // A learner whose screen is dark still gets dark ink on white paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await certificate.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await certificate.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

    expect(await everythingStored(page)).not.toContain(learnerName.split(' ')[0]);

    await page.reload();
    await waitForApp(page);
    await certificate.waitFor();
    expect(await page.getByRole('textbox', { name: 'Ditt namn' }).inputValue()).toBe('');
    expect(await certificate.innerText()).not.toContain(learnerName);
  });

  it('of a module not finished here: says what is left, with links, and offers nothing to print', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const module = await firstModule(page, siteUrl);
      await openPage(page, `${siteUrl}sv/certificate/${module.id}/`);
      await page.getByRole('heading', { level: 2, name: 'Det här är kvar' }).waitFor();
      expect(await page.locator('main a.progress-lesson-link').count()).toBe(module.lessonIds.length);
      expect(await page.getByRole('region', { name: 'Intyg' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Skriv ut intyget' }).count()).toBe(0);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
