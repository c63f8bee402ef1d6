/**
 * The ways a learner's progress could be lost or frozen without a line of
 * hostile code: a shared link, a done page opened from a link, a clock that
 * was wrong, a newer version's progress, a file that names lessons Nätvana
 * does not have, and the small ones (a presenter message, a mistyped code, a
 * malformed address). Each is tried as it would happen, against the built site.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goThroughLesson, openPage, waitForApp, waitForFirstStep, waitForStep } from './support/app-ready.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();
const lessonId = 'what-is-email';
const progressKey = 'natvana-progress';
const day = 86_400_000;

/** A browser of its own for each test: nothing stored, no service worker, nothing shared with the others. */
async function freshBrowser<Result>(use: (page: Page, context: BrowserContext) => Promise<Result>): Promise<Result> {
  const context = await session.browser.newContext();
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

type StoredLesson = { status: string; stepNumber?: number; furthestStep: number; updatedAt: number };
const storedLessons = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"lessons":{}}') as { lessons: Record<string, StoredLesson> }).lessons, progressKey);

const started = (stepNumber: number, updatedAt = Date.now()) => ({ status: 'started', stepNumber, furthestStep: stepNumber, quizzes: {}, updatedAt });

describe('a link cannot erase a learner’s progress', () => {
  it('asks before ?kiosk=1 makes a computer that holds progress a shared one, and a no keeps everything', async () => {
    await freshBrowser(async (page) => {
      const { siteUrl } = session;
      await openPage(page, `${siteUrl}sv/`);
      const progress = JSON.stringify({ version: 1, lessons: { [`sv/${lessonId}`]: started(2) } });
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey, progress] as const);
      await openPage(page, `${siteUrl}sv/?kiosk=1`);
      const question = page.getByRole('dialog', { name: 'Göra den här datorn till en lånedator?' });
      await question.waitFor();
      expect(await question.innerText()).toMatch(/raderas allt Nätvana har sparat här, också dina framsteg/);
      await question.getByRole('button', { name: 'Nej, behåll mina framsteg' }).click();
      await question.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => sessionStorage.getItem('natvana-kiosk-trial'))).toBe('0');
      // The link does not ask again in this session, and nothing was erased.
      await openPage(page, `${siteUrl}sv/?kiosk=1`);
      await waitForApp(page);
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), progressKey)).toBe(progress);
    });
  });

  it('switches kiosk mode on at once where this browser holds nothing, as before', async () => {
    await freshBrowser(async (page) => {
      await openPage(page, `${session.siteUrl}sv/?kiosk=1`);
      await page.waitForFunction(() => sessionStorage.getItem('natvana-kiosk-trial') === '1');
      expect(await page.getByRole('dialog').count()).toBe(0);
    });
  });
});

describe('opening the done page is not finishing the lesson', () => {
  it('counts a lesson done only after its steps, not from a link to its done page', async () => {
    await freshBrowser(async (page) => {
      const { siteUrl } = session;
      await openPage(page, `${siteUrl}sv/lesson/${lessonId}/done/`);
      // The page says so, instead of congratulating.
      await page.getByRole('heading', { level: 1, name: 'Lektionen är inte klar än' }).waitFor();
      expect(await page.getByRole('link', { name: 'Börja lektionen' }).getAttribute('href')).toBe(new URL(`sv/lesson/${lessonId}/1/`, siteUrl).pathname);
      expect(await page.title()).toMatch(/^Inte klar än: /);
      // Something this browser surely keeps, so the done page's report has been handled before storage is read.
      await openPage(page, `${siteUrl}sv/lesson/${lessonId}/1/`);
      const total = await waitForFirstStep(page);
      await page.waitForFunction((key) => localStorage.getItem(key)?.includes('what-is-email') === true, progressKey);
      expect((await storedLessons(page))[`sv/${lessonId}`]?.status).toBe('started');

      // Through the steps, one after another, then the done page: done.
      await goThroughLesson(page, `${siteUrl}sv/lesson/${lessonId}/`);
      await page.getByRole('heading', { level: 1, name: 'Bra gjort!' }).waitFor();
      await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"done"') === true, progressKey);
      expect((await storedLessons(page))[`sv/${lessonId}`]).toMatchObject({ status: 'done', furthestStep: total });
    });
  });
});

describe('time cannot freeze progress', () => {
  it('follows the learner after a clock set a year ahead is put right', async () => {
    await freshBrowser(async (page, context) => {
      const { siteUrl } = session;
      // The computer's clock, as the page sees it: ahead by what the test keeps in this key, read at each page load.
      await context.addInitScript(() => {
        const skew = Number(localStorage.getItem('test-clock-skew') ?? 0);
        const realNow = Date.now.bind(Date);
        Date.now = () => realNow() + skew;
      });
      await openPage(page, `${siteUrl}sv/`);
      await page.evaluate((skew) => localStorage.setItem('test-clock-skew', String(skew)), 365 * day);
      await openPage(page, `${siteUrl}sv/lesson/${lessonId}/1/`);
      const total = await waitForFirstStep(page);
      await page.getByRole('link', { name: 'Nästa' }).click();
      await waitForStep(page, 2, total);
      await page.getByRole('link', { name: 'Nästa' }).click();
      await waitForStep(page, 3, total);
      await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"stepNumber":3') === true, progressKey);
      expect((await storedLessons(page))[`sv/${lessonId}`]?.updatedAt).toBeGreaterThan(Date.now() + 300 * day);

      // The clock is put right. The learner starts the lesson again, and the start page follows them.
      await page.evaluate(() => localStorage.removeItem('test-clock-skew'));
      await openPage(page, `${siteUrl}sv/lesson/${lessonId}/1/`);
      await waitForFirstStep(page);
      await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"stepNumber":1') === true, progressKey);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
      const resume = page.getByRole('region', { name: 'Fortsätt där du slutade' });
      await resume.waitFor();
      expect(await resume.innerText()).toMatch(/Steg 1 av \d+/);
      const saved = (await storedLessons(page))[`sv/${lessonId}`];
      expect(saved?.updatedAt).toBeLessThanOrEqual(Date.now() + 1000);
      expect(saved).toMatchObject({ stepNumber: 1, furthestStep: 3 });
    });
  });
});

describe('progress from a newer version is kept, not overwritten', () => {
  it('leaves it where it is, says so, and works from memory', async () => {
    await freshBrowser(async (page) => {
      const { siteUrl } = session;
      const newer = JSON.stringify({ version: 2, lessons: { [`sv/${lessonId}`]: { whatever: 'a newer version keeps here' } } });
      await openPage(page, `${siteUrl}sv/`);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey, newer] as const);
      await openPage(page, `${siteUrl}sv/lesson/${lessonId}/1/`);
      const total = await waitForFirstStep(page);
      await page.locator('.progress-notice').getByText('Dina framsteg sparades av en nyare version av Nätvana. Vi ändrar inte i dem.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Nästa' }).click();
      await waitForStep(page, 2, total);
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('natvana')));
      expect(keys).toEqual([progressKey]);
      expect(await page.evaluate((key) => localStorage.getItem(key), progressKey)).toBe(newer);
    });
  });
});

describe('the preview tells the truth', () => {
  it('stores only the lessons the preview says it brings in', async () => {
    await freshBrowser(async (page) => {
      const { siteUrl } = session;
      await openPage(page, `${siteUrl}sv/progress/take-home/`);
      await waitForApp(page);
      const done = { status: 'done', furthestStep: 3, quizzes: {}, updatedAt: 5, finishedAt: 5 };
      const file = { format: 'natvana-progress-file', savedAt: '2026-12-01T12:00:00.000Z', progress: { version: 1, lessons: { [`sv/${lessonId}`]: done, 'sv/an-invented-lesson': done } } };
      await page.getByLabel('Eller öppna en fil med framsteg').setInputFiles({ name: 'natvana-framsteg.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const preview = page.getByRole('region', { name: 'Det här finns att hämta' });
      await preview.getByText('1 lektion finns inte längre i Nätvana. Den hämtas inte.').waitFor();
      await preview.getByRole('button', { name: 'Lägg till framstegen här' }).click();
      await page.getByText('Klart. Framstegen finns nu på den här datorn.').waitFor();
      expect(Object.keys(await storedLessons(page))).toEqual([`sv/${lessonId}`]);
    });
  });
});

describe('the small ones', () => {
  it('the presenter view ignores a message with a step that is no step of the lesson', async () => {
    await freshBrowser(async (page) => {
      await openPage(page, `${session.siteUrl}sv/instructor/present/${lessonId}/2/`);
      const counter = page.locator('.presenter-count');
      await counter.filter({ hasText: /Steg 2 av \d+/ }).waitFor();
      // Any page of the site can post on the presenter channel.
      await page.evaluate((id) => {
        const channel = new BroadcastChannel('natvana-presenter');
        for (const step of [Number.NaN, -1, 1.5, 99]) channel.postMessage({ lessonId: id, step });
        channel.postMessage({ lessonId: id, step: 3 });
      }, lessonId);
      await page.waitForURL(`**/present/${lessonId}/3/`);
      await page.goBack();
      // Had it followed a bad step, going back would land there, on "Sidan finns inte".
      await page.waitForURL(`**/present/${lessonId}/2/`);
      await counter.filter({ hasText: /Steg 2 av \d+/ }).waitFor();
    });
  });

  it('a take-home code with two groups swapped or a middle group missing says so, and a right-to-left mark is named, never shown', async () => {
    await freshBrowser(async (page) => {
      const { siteUrl } = session;
      await openPage(page, `${siteUrl}sv/`);
      const progress = JSON.stringify({ version: 1, lessons: { [`sv/${lessonId}`]: { ...started(1), status: 'done', finishedAt: Date.now() } } });
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey, progress] as const);
      await openPage(page, `${siteUrl}sv/progress/take-home/`);
      // The code is drawn once the page has read the progress.
      await page.locator('.take-home-code-group').first().waitFor();
      const groups = await page.locator('.take-home-code-group').allInnerTexts();
      expect(groups.length).toBeGreaterThanOrEqual(4);
      const field = page.getByLabel('Skriv in din kod');
      const swapped = [...groups];
      [swapped[0], swapped[1]] = [swapped[1] ?? '', swapped[0] ?? ''];
      await field.fill(swapped.join(' '));
      await page.getByRole('button', { name: 'Visa vad koden har' }).click();
      // What a screen reader reads with the field: the error is its description.
      const description = () =>
        field.evaluate((input) =>
          (input.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
      await expect.poll(description).toMatch(/Kanske saknas en grupp, eller så står två grupper i fel ordning/);
      expect(await description()).not.toMatch(/Grupp \d stämmer inte/);

      // A middle group left out: the one just before the last, which only the last group can tell of.
      const missing = groups.filter((_, index) => index !== groups.length - 2);
      await field.fill(missing.join(' '));
      await page.getByRole('button', { name: 'Visa vad koden har' }).click();
      await expect.poll(description).toMatch(new RegExp(`Grupp ${missing.length} stämmer inte där den står. Kanske saknas en grupp före den.`));
      expect(await description()).not.toMatch(new RegExp(`Grupp ${missing.length} stämmer inte\\. Kontrollera`));
      const middle = groups.filter((_, index) => index !== 1);
      await field.fill(middle.join(' '));
      await page.getByRole('button', { name: 'Visa vad koden har' }).click();
      await expect.poll(description).toMatch(/Kanske saknas en grupp, eller så står två grupper i fel ordning/);

      const marked = [...groups];
      marked[1] = `${(marked[1] ?? '').slice(0, 2)}\u202E${(marked[1] ?? '').slice(2)}`;
      await field.fill(marked.join(' '));
      await page.getByRole('button', { name: 'Visa vad koden har' }).click();
      await expect.poll(description).toMatch(/Grupp 2 har ett tecken som inte syns/);
      expect(await page.locator('main').innerText()).not.toContain('\u202E');
    });
  });

  it('the site’s server answers GET /% with 400 and keeps serving', async () => {
    expect((await fetch(`${session.siteUrl}%`)).status).toBe(400);
    expect((await fetch(`${session.siteUrl}sv/`)).status).toBe(200);
  });
});
