/**
 * The instructor tools in a real browser: a learner's lesson step downloads
 * none of their code or notes (the files instructor view adds are named by
 * watching it, and then looked for in a learner's visit); instructor view
 * shows the notes in the step; a class plan made by keyboard opens as
 * Today's class on a learner's computer. axe on every page visited.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForFirstStep, waitForHeading } from './support/app-ready.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

/** A fresh browser context whose page records every script it downloads, with its size. */
async function recordingPage(browser: Browser): Promise<{ page: Page; scripts: Map<string, number>; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(new URL(response.url()).pathname, body.length);
  });
  return { page, scripts, close: () => context.close() };
}

/** The first lesson on the instructors' page, by its overview link. */
async function firstLessonId(page: Page, siteUrl: string): Promise<string> {
  await openPage(page, `${siteUrl}sv/instructor/`);
  const href = (await page.locator('a[href*="/instructor/lesson/"]').first().getAttribute('href')) ?? '';
  return /\/instructor\/lesson\/([^/]+)\//.exec(href)?.[1] ?? '';
}

describe('instructor view', () => {
  it('downloads the notes and their view only when it is on: a learner’s lesson step downloads none of them', async () => {
    const { browser, siteUrl } = session;
    const instructor = await recordingPage(browser);
    const lessonId = await firstLessonId(instructor.page, siteUrl);
    await instructor.page.getByRole('switch', { name: 'Visa anteckningar för kursledare' }).check();
    await expectNoAxeViolations(instructor.page);

    // What a learner's visit to the step downloads.
    const learner = await recordingPage(browser);
    await openPage(learner.page, `${siteUrl}sv/lesson/${lessonId}/1/`);
    await waitForFirstStep(learner.page);
    await learner.page.getByRole('link', { name: 'Nästa' }).click();
    await learner.page.waitForURL(`**/lesson/${lessonId}/2/`);
    await learner.page.waitForLoadState('networkidle');
    expect(await learner.page.getByRole('region', { name: 'Till kursledaren' }).count()).toBe(0);

    // The same steps in instructor view.
    instructor.scripts.clear();
    await openPage(instructor.page, `${siteUrl}sv/lesson/${lessonId}/1/`);
    const notes = instructor.page.getByRole('region', { name: 'Till kursledaren' });
    await notes.getByText('Stäng av kursledarläget').waitFor();
    await expectNoAxeViolations(instructor.page);
    await instructor.page.getByRole('link', { name: 'Nästa' }).click();
    await instructor.page.waitForURL(`**/lesson/${lessonId}/2/`);
    await notes.waitFor();
    await instructor.page.waitForLoadState('networkidle');

    const instructorOnly = [...instructor.scripts.keys()].filter((path) => !learner.scripts.has(path));
    const bytes = instructorOnly.reduce((sum, path) => sum + (instructor.scripts.get(path) ?? 0), 0);
    console.info(`A learner's two lesson steps downloaded ${learner.scripts.size} scripts, ${[...learner.scripts.values()].reduce((a, b) => a + b, 0)} bytes (uncompressed); instructor view added ${instructorOnly.length}: ${bytes} bytes (${instructorOnly.join(', ')}).`);
    expect(instructorOnly.some((path) => /instructor-pages-/.test(path))).toBe(true);
    // The notes' own chunk is among them: at least one file beyond the view's code.
    expect(instructorOnly.length).toBeGreaterThanOrEqual(2);
    for (const path of learner.scripts.keys()) expect(path).not.toMatch(/instructor/);
    await Promise.all([instructor.close(), learner.close()]);
  });

  it('has an overview page per lesson with no axe violations', async () => {
    const { page, siteUrl } = session;
    const lessonId = await firstLessonId(page, siteUrl);
    await openPage(page, `${siteUrl}sv/instructor/lesson/${lessonId}/`);
    await page.getByRole('region', { name: 'Stegen' }).waitFor();
    await page.getByRole('region', { name: 'Mål' }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('a class plan', () => {
  it('made by keyboard opens as Today’s class, in the same order, on a learner’s computer', async () => {
    const { browser, page, siteUrl } = session;
    await openPage(page, `${siteUrl}sv/instructor/plan/`);
    await waitForHeading(page, 'Kursplan');
    const addButtons = page.getByRole('button', { name: /^Lägg till / });
    const names = (await addButtons.allInnerTexts()).map((text) => text.replace(/^Lägg till /, ''));
    expect(names.length).toBeGreaterThanOrEqual(2);
    const [first, second] = names as [string, string];
    await addButtons.filter({ hasText: first }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Lägg till ${second}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Flytta upp ${second}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Din plan' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining(second),
      expect.stringContaining(first),
    ]);
    const share = page.getByRole('region', { name: 'Dela med deltagarna' });
    await share.getByRole('img', { name: 'QR-kod med länken till dagens kurs' }).waitFor();
    await expectNoAxeViolations(page);
    const link = (await share.getByRole('link').getAttribute('href')) ?? '';

    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    await openPage(learner, link);
    await learner.getByText('Dagens kurs finns nu på startsidan.').waitFor();
    await expectNoAxeViolations(learner);
    await learner.getByRole('link', { name: 'Till startsidan' }).click();
    const today = learner.getByRole('region', { name: 'Dagens kurs' });
    await today.waitFor();
    expect(await today.getByRole('link').allInnerTexts()).toEqual([second, first]);
    await expectNoAxeViolations(learner);
    await learnerContext.close();
  });
});

describe('the presenter view', () => {
  it('follows the arrow keys and Page Up/Down, and the notes window stays on the same step', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    const projector = await context.newPage();
    const lessonId = await firstLessonId(projector, siteUrl);
    await openPage(projector, `${siteUrl}sv/instructor/present/${lessonId}/1/`);
    const counter = projector.locator('.presenter-count');
    const total = Number(/av (\d+)/.exec(await counter.innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(projector);

    const notesWindow = await context.newPage();
    await openPage(notesWindow, `${siteUrl}sv/instructor/present/${lessonId}/1/notes/`);
    await notesWindow.getByRole('region', { name: 'Till kursledaren' }).waitFor();
    await expectNoAxeViolations(notesWindow);
    const notesCounter = notesWindow.locator('.presenter-count');

    const both = async (step: number) => {
      await counter.filter({ hasText: `Steg ${step} av ${total}` }).waitFor();
      await notesCounter.filter({ hasText: `Steg ${step} av ${total}` }).waitFor();
    };
    await projector.bringToFront();
    await projector.keyboard.press('ArrowRight');
    await both(2);
    await projector.keyboard.press('PageDown');
    await both(3);
    await projector.keyboard.press('PageUp');
    await both(2);
    await projector.keyboard.press('ArrowLeft');
    await both(1);
    // And the other way: a move in the notes window moves the projector.
    await notesWindow.bringToFront();
    await notesWindow.keyboard.press('ArrowDown');
    await both(2);
    expect(projector.url()).toMatch(new RegExp(`/present/${lessonId}/2/$`));
    await context.close();
  });
  it('fills the projector’s screen: no site header or footer, the step counter in sight, full screen at a press, and a way out', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const lessonId = await firstLessonId(page, siteUrl);
    await openPage(page, `${siteUrl}sv/instructor/present/${lessonId}/1/`);
    const counter = page.locator('.presenter-count');
    await counter.filter({ hasText: /^Steg 1 av \d+$/ }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // Every step of the lesson at 1280×720: the counter always in the window, and how many fit without scrolling
    // (a long step is set in two columns, then smaller, down to 1rem; a self-check with many questions may still scroll).
    const total = Number(/av (\d+)/.exec(await counter.innerText())?.[1]);
    const overflowing: string[] = [];
    for (let step = 1; step <= total; step += 1) {
      if (step > 1) {
        await page.keyboard.press('ArrowRight');
        await counter.filter({ hasText: `Steg ${step} av ${total}` }).waitFor();
      }
      const { scroll, countInView } = await page.evaluate(async () => {
        // The step is fitted again once its fonts and pictures are in: measure after that.
        await document.fonts.ready;
        await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const box = document.querySelector('.presenter-count')?.getBoundingClientRect();
        return { scroll: document.documentElement.scrollHeight - window.innerHeight, countInView: !!box && box.top >= 0 && box.bottom <= window.innerHeight };
      });
      expect(countInView).toBe(true);
      if (scroll > 0) overflowing.push(`step ${step} (${scroll} px)`);
    }
    console.info(`The presenter view of ${lessonId} at 1280×720: ${total - overflowing.length} of ${total} steps fit without scrolling${overflowing.length > 0 ? `; scrolling: ${overflowing.join(', ')}` : ''}.`);
    expect(overflowing.length).toBeLessThanOrEqual(Math.floor(total / 3));

    const fullScreen = page.getByRole('button', { name: 'Fyll hela skärmen' });
    await fullScreen.click();
    await page.getByRole('button', { name: 'Sluta fylla skärmen' }).click();
    await fullScreen.waitFor();

    await page.getByRole('link', { name: 'Avsluta visningen' }).click();
    await page.waitForURL(`**/instructor/lesson/${lessonId}/`);
    await page.getByRole('banner').waitFor();
    await context.close();
  });
});

/** Pages in a PDF that Chromium made: each page is an object of /Type /Page in the file's own (uncompressed) dictionaries. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('printing', () => {
  it('a lesson’s handout: large print on a few pages, with room to write, and nothing of the app’s navigation', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    const page = await context.newPage();
    const lessonId = await firstLessonId(page, siteUrl);
    await openPage(page, `${siteUrl}sv/instructor/handout/${lessonId}/`);
    await page.getByRole('region', { name: 'Här kan du skriva' }).waitFor();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('Min e-postadress:');
    for (const navigation of ['Mina framsteg', 'Text och färg', 'Avsluta och radera mina uppgifter', 'För kursledare', 'Skriv ut', 'Tillgänglighet']) {
      expect(printed).not.toContain(navigation);
    }
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pageCount(pdf);
    console.info(`The handout of ${lessonId} printed on ${pages} A4 pages (${pdf.length} bytes of PDF).`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(12);
    await context.close();
  });

  it('the class plan: each lesson with its clock and notes, the total, the link as text, and no navigation or editing buttons', async () => {
    const { browser, siteUrl } = session;
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPage(page, `${siteUrl}sv/instructor/plan/`);
    await waitForHeading(page, 'Kursplan');
    await page.getByText('Lägg till lektioner först. Sedan kan du skriva ut planen.').waitFor();
    expect(await page.getByRole('button', { name: 'Skriv ut planen' }).count()).toBe(0);
    const addButtons = page.getByRole('button', { name: /^Lägg till / });
    const names = (await addButtons.allInnerTexts()).slice(0, 3).map((text) => text.replace(/^Lägg till /, ''));
    for (const name of names) await page.getByRole('button', { name: `Lägg till ${name}` }).click();
    await page.getByRole('button', { name: 'Skriv ut planen' }).waitFor();
    // The notes of every lesson have come, so the paper has them.
    await expect.poll(() => page.locator('.plan-printout [aria-busy="true"]').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const name of names) expect(printed).toContain(name);
    expect(printed).toMatch(/0:00–0:\d\d · cirka \d+ min/);
    expect(printed).toMatch(/Sammanlagt cirka \d+ min/);
    expect(printed).toContain('Förbered och ta med');
    expect(printed).toMatch(/\/sv\/instructor\/class\/#lessons=/);
    for (const navigation of ['Mina framsteg', 'Text och färg', 'Avsluta och radera mina uppgifter', 'Skriv ut planen', 'Flytta upp', 'Lägg till']) {
      expect(printed).not.toContain(navigation);
    }
    // Nothing on paper is to be pressed: no menu, no button of the plan's.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pageCount(pdf);
    console.info(`A class plan of ${names.length} lessons printed on ${pages} A4 pages (${pdf.length} bytes of PDF).`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(8);
    await context.close();
  });
});
