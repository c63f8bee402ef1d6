import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { stepCounter, waitForApp } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

const continueHeading = 'Fortsätt där du slutade';
const unreadableNotice = 'Vi kunde inte läsa dina sparade framsteg. De har lagts åt sidan. Du kan fortsätta som vanligt.';
const memoryNotice = 'Den här datorn sparar inte dina framsteg. De försvinner när du stänger webbläsaren.';

describe('progress in a real browser', () => {
  it('survives a reload, and "Continue" on the start page goes to the step the learner was on', async () => {
    const { page, siteUrl } = session;
    await page.goto(`${siteUrl}sv/`);
    await waitForApp(page);
    expect(await page.getByRole('region', { name: continueHeading }).count()).toBe(0);
    // Whichever module and lesson come first: the test does not depend on the lessons' words.
    await page.locator('.module-title a').first().click();
    await page.waitForURL('**/module/*/');
    await page.locator('.lesson-item-title a').first().click();
    await page.waitForURL('**/lesson/*/1/');
    await page.getByRole('link', { name: 'Nästa' }).click();
    await page.waitForURL('**/lesson/*/2/');
    // The address changes first; the heading is step 2's once its counter says so.
    await stepCounter(page).filter({ hasText: /^\s*Steg 2 av \d+\s*$/ }).waitFor();
    const stepUrl = page.url();
    const stepHeading = await page.locator('h1').innerText();

    await page.reload();
    await waitForApp(page);
    await page.goto(`${siteUrl}sv/`);
    await waitForApp(page);
    const resume = page.getByRole('region', { name: continueHeading });
    await resume.waitFor();
    expect(await resume.innerText()).toMatch(/Steg 2 av \d+/);
    await expectNoAxeViolations(page);
    await resume.getByRole('link', { name: 'Fortsätt lektionen' }).click();
    await page.waitForURL(stepUrl);
    await page.waitForFunction((heading) => document.querySelector('h1')?.textContent === heading, stepHeading);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina framsteg' }).click();
    await page.waitForURL('**/sv/progress/');
    await page.getByText(/^Påbörjad\. Du är på steg 2 av \d+\.$/).waitFor();
    await expectNoAxeViolations(page);
  });

  it('keeps what two tabs did in two lessons, and each tab shows the other’s progress without a reload', async () => {
    const context = await session.browser.newContext();
    try {
      const [first, second] = [await context.newPage(), await context.newPage()];
      // Two different lessons, whichever they are: the first lesson of the first two modules.
      const openLesson = async (page: typeof first, moduleIndex: number) => {
        await page.goto(`${session.siteUrl}sv/`);
        await waitForApp(page);
        await page.locator('.module-title a').nth(moduleIndex).click();
        await page.waitForURL('**/module/*/');
        await page.locator('.lesson-item-title a').first().click();
        await page.waitForURL('**/lesson/*/1/');
        await page.getByRole('link', { name: 'Nästa' }).click();
        await page.waitForURL('**/lesson/*/2/');
      };
      await openLesson(first, 0);
      await openLesson(second, 1);
      // The first tab, untouched since, lists both lessons as started on My progress: the second tab's write reached it.
      await first.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina framsteg' }).click();
      await first.waitForURL('**/sv/progress/');
      await first.getByText(/^Påbörjad\. Du är på steg 2 av \d+\.$/).nth(1).waitFor();
      // And storage holds both: neither tab overwrote the other.
      const stored = await first.evaluate(() => JSON.parse(localStorage.getItem('natvana-progress') ?? '{}') as { lessons?: Record<string, unknown> });
      expect(Object.keys(stored.lessons ?? {})).toHaveLength(2);
    } finally {
      await context.close();
    }
  });

  it('puts garbage in storage aside, says so plainly, and works on', async () => {
    // A browser with nothing stored yet, so no page has read storage before the garbage is put there.
    const { siteUrl } = session;
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sv/about/`);
    await waitForApp(page);
    await page.evaluate(() => localStorage.setItem('natvana-progress', '{"garbage": tru'));
    await page.goto(`${siteUrl}sv/`);
    await waitForApp(page);
    const notice = page.getByRole('region', { name: unreadableNotice });
    await notice.waitFor();
    const quarantined = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('natvana-progress-quarantine-'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(quarantined).toContain('{"garbage": tru');
    await expectNoAxeViolations(page);
    await notice.getByRole('button', { name: 'Jag förstår' }).click();
    await notice.waitFor({ state: 'detached' });
    // The app works: a module opens, and a lesson step is kept again.
    await page.locator('.module-title a').first().click();
    await page.waitForURL('**/module/*/');
    await page.locator('.lesson-item-title a').first().click();
    await page.waitForURL('**/lesson/*/1/');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('natvana-progress') ?? '{}').version === 1);
    await context.close();
  });

  it('says progress will not be kept when storage throws on every write, and works on', async () => {
    const { siteUrl } = session;
    const context = await session.browser.newContext();
    try {
      await context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const page = await context.newPage();
      await page.goto(`${siteUrl}sv/`);
      await waitForApp(page);
      await page.getByRole('region', { name: memoryNotice }).waitFor();
      await page.locator('.module-title a').first().click();
      await page.waitForURL('**/module/*/');
      await page.locator('.lesson-item-title a').first().click();
      await page.waitForURL('**/lesson/*/1/');
      await page.getByRole('link', { name: 'Nästa' }).click();
      await page.waitForURL('**/lesson/*/2/');
      await page.getByRole('region', { name: memoryNotice }).waitFor();
    } finally {
      await context.close();
    }
  });
});
