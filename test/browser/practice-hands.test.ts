import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app-ready.ts';
import { axeInEveryDisplay, devToolsOf, largeText, normalText } from './support/axe-in-every-display.ts';
import { openBrowserPage } from './support/browser-page.ts';
import { applyTextSize, measureReflow } from './support/display.ts';
import { tabTo } from './support/keyboard.ts';

// The fixture lessons test/fixtures/lessons-practice/practise-pointer/ and practise-keyboard/: one drill per step.
const requests: string[] = [];
const mouse = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 1280, height: 900 } },
  prepare: (context) => {
    context.on('request', (request) => requests.push(request.url()));
  },
});
const touch = openBrowserPage({
  variant: 'practice',
  context: { viewport: { width: 800, height: 900 }, hasTouch: true },
  prepare: (context) => {
    context.on('request', (request) => requests.push(request.url()));
  },
});


/** At 320 px wide and 200 % text, nothing of the drill reaches past the screen's edge. */
async function expectNoSideways(page: Page): Promise<void> {
  const cdp = await devToolsOf(page);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await applyTextSize(page, cdp, largeText);
  expect((await measureReflow(page)).sideways).toBe(0);
  await applyTextSize(page, cdp, normalText);
  if (viewport) await page.setViewportSize(viewport);
}

async function openStep(page: Page, siteUrl: string, lesson: string, step: number): Promise<Page> {
  await openPage(page, `${siteUrl}sv/lesson/${lesson}/${step}/`);
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  return page;
}
const status = (page: Page) => page.locator('.practice [role="status"]');
const saysLeft = (page: Page, text: string) => status(page).getByText(text).waitFor();
const focusedHeading = (page: Page, name: string) => page.waitForFunction((text) => /^H[23]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.textContent === text, name);

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  await scrollSettled(locator.page());
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not drawn.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The centre of a thing already on the screen, measured without scrolling. */
async function centreInView(page: Page, locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('Not drawn.');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (at.x < 0 || at.y < 0 || at.x > viewport.width || at.y > viewport.height) throw new Error(`Off the screen at ${at.x}, ${at.y}.`);
  return at;
}

/**
 * Waits until the page has stopped scrolling: where motion is allowed, the page scrolls smoothly while anything in
 * it has focus (html:focus-within in base.css), so a place measured mid-scroll is not where it comes to rest.
 */
async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const before = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === before)));
      }),
  );
}

/**
 * Drags with the real mouse: down on the thing, in small moves to the place's centre (or a point), up there.
 * The drill's area is scrolled into view first and both ends measured once the scroll has come to rest.
 */
async function dragTo(page: Page, thing: Locator, place: Locator | { x: number; y: number }): Promise<void> {
  await page.locator('.pointer-drag-area').scrollIntoViewIfNeeded();
  await scrollSettled(page);
  const from = await centreInView(page, thing);
  const to = 'x' in place ? place : await centreInView(page, place);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

describe('the pointer drills with a real mouse', () => {
  const open = (step: number) => openStep(mouse.page, mouse.siteUrl, 'practise-the-mouse', step);

  it('clicks the shapes, and a click beside one says so', async () => {
    const page = await open(1);
    expect(await axeInEveryDisplay(page, 'click: the first shape')).toEqual([]);
    await expectNoSideways(page);
    const area = page.getByRole('group', { name: 'Formerna' });
    await area.click({ position: { x: 8, y: 8 } });
    await status(page).getByText('Klicket hamnade bredvid formen.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'click: beside the shape')).toEqual([]);
    await page.getByRole('button', { name: 'ringen' }).click();
    await saysLeft(page, '1 kvar att göra.');
    await page.getByRole('button', { name: 'lådan' }).click();
    await page.getByRole('heading', { name: 'Klart!' }).waitFor();
    expect(await axeInEveryDisplay(page, 'click: done')).toEqual([]);
  });

  it('double-clicks the folder open, and closes it', async () => {
    const page = await open(2);
    expect(await axeInEveryDisplay(page, 'double-click: the folder')).toEqual([]);
    await expectNoSideways(page);
    const folder = page.getByRole('button', { name: 'Recept' });
    await folder.click({ position: { x: 10, y: 10 } });
    await status(page).getByText('Du klickade en gång.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'double-click: marked')).toEqual([]);
    // Somewhere else on the folder: the drill then takes the double-click's first click as a new start (the mouse
    // moved), never as the second of a pair with the click above, however soon after it the test gets here.
    await folder.dblclick({ position: { x: 60, y: 40 } });
    await focusedHeading(page, 'Mappen Recept är öppen');
    expect(await axeInEveryDisplay(page, 'double-click: open')).toEqual([]);
    await page.getByRole('button', { name: 'Stäng mappen' }).click();
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'double-click: done')).toEqual([]);
  });

  it('drags the picture into its box after a drop beside it, then the word into its gap', async () => {
    const page = await open(3);
    expect(await axeInEveryDisplay(page, 'drag: the picture')).toEqual([]);
    await expectNoSideways(page);
    const picture = page.getByRole('img', { name: 'Bild: Ett litet äpple' });
    const box = page.getByRole('region', { name: 'Korgen' });
    await page.locator('.pointer-drag-area').scrollIntoViewIfNeeded();
    await scrollSettled(page);
    const boxAt = await box.boundingBox();
    if (!boxAt) throw new Error('The box is not drawn.');
    // Beside the box, between it and the picture: inside the window whatever the heading's size.
    await dragTo(page, picture, { x: boxAt.x - 12, y: boxAt.y + boxAt.height / 2 });
    await status(page).getByText('Saken hamnade bredvid. Den gick tillbaka.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'drag: beside the box')).toEqual([]);
    await dragTo(page, picture, box);
    await page.getByRole('heading', { name: 'Dra ordet te till luckan i meningen' }).waitFor();
    await dragTo(page, page.getByText('te', { exact: true }), page.locator('.pointer-gap'));
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'drag: done')).toEqual([]);
  });

  it('scrolls with the wheel to what is further down', async () => {
    const page = await open(4);
    expect(await axeInEveryDisplay(page, 'scroll: the page')).toEqual([]);
    await expectNoSideways(page);
    const region = page.getByRole('region', { name: 'Sidan att skrolla på' });
    await region.scrollIntoViewIfNeeded();
    const found = region.getByRole('button', { name: 'Drakens svans' });
    expect(await found.isVisible()).toBe(true);
    const inView = () => found.evaluate((element) => {
      const page = element.closest('section')?.getBoundingClientRect();
      const own = element.getBoundingClientRect();
      return page !== undefined && own.bottom <= page.bottom + 1;
    });
    expect(await inView()).toBe(false);
    const at = await centre(region);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 3000);
    await status(page).getByText('Bra! Sidan flyttar sig.').waitFor();
    await page.waitForFunction(() => {
      const button = document.querySelector('.pointer-found');
      const box = button?.closest('section')?.getBoundingClientRect();
      return box !== undefined && button !== null && button.getBoundingClientRect().bottom <= box.bottom + 1;
    });
    expect(await axeInEveryDisplay(page, 'scroll: moved')).toEqual([]);
    const button = await centre(found);
    await page.mouse.click(button.x, button.y);
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'scroll: done')).toEqual([]);
  });

  it('opens the menu with the right button and chooses from it', async () => {
    const page = await open(5);
    expect(await axeInEveryDisplay(page, 'right-click: the picture')).toEqual([]);
    await expectNoSideways(page);
    const picture = page.getByRole('button', { name: 'Bild på en kattunge' });
    await picture.click();
    await status(page).getByText('Det var den vänstra knappen.', { exact: false }).waitFor();
    await picture.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Menyn för bilden' });
    await menu.waitFor();
    expect(await axeInEveryDisplay(page, 'right-click: the menu')).toEqual([]);
    await menu.getByRole('menuitem', { name: 'Skriv ut bilden' }).click();
    await status(page).getByText('Du valde Skriv ut bilden.', { exact: false }).waitFor();
    await picture.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: 'Behåll bilden' }).click();
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'right-click: done')).toEqual([]);
  });
});

describe('the pointer drills on a touch screen', () => {
  const open = (step: number) => openStep(touch.page, touch.siteUrl, 'practise-the-mouse', step);

  it('says Tryck once a finger has tapped, and the shapes are tapped', async () => {
    const page = await open(1);
    await page.getByRole('group', { name: 'Formerna' }).tap({ position: { x: 8, y: 8 } });
    await page.getByRole('heading', { name: 'Tryck på ringen' }).waitFor();
    await status(page).getByText('Du tryckte bredvid formen. Tryck mitt på formen.').waitFor();
    await page.getByRole('button', { name: 'ringen' }).tap();
    await page.getByRole('heading', { name: 'Tryck på lådan' }).waitFor();
    await page.getByRole('button', { name: 'lådan' }).tap();
    await page.getByRole('heading', { name: 'Klart!' }).waitFor();
  });

  it('opens the folder with two taps', async () => {
    const page = await open(2);
    // A first touch on the desktop changes the words to "Tryck"; then two quick taps in one place.
    await page.getByRole('region', { name: 'Skrivbordet' }).tap({ position: { x: 4, y: 4 } });
    await page.getByRole('heading', { name: 'Tryck två gånger på mappen Recept' }).waitFor();
    const at = await centre(page.getByRole('button', { name: 'Recept' }));
    await page.touchscreen.tap(at.x, at.y);
    await page.touchscreen.tap(at.x, at.y);
    await focusedHeading(page, 'Mappen Recept är öppen');
  });

  it('drags the picture with a finger', async () => {
    const page = await open(3);
    const cdp = await devToolsOf(page);
    await page.locator('.pointer-drag-area').scrollIntoViewIfNeeded();
    await scrollSettled(page);
    const from = await centreInView(page, page.getByRole('img', { name: 'Bild: Ett litet äpple' }));
    const to = await centreInView(page, page.getByRole('region', { name: 'Korgen' }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let move = 1; move <= 8; move += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * move) / 8, y: from.y + ((to.y - from.y) * move) / 8 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.getByRole('heading', { name: 'Dra ordet te till luckan i meningen' }).waitFor();
    expect(await page.getByText('Sätt fingret på saken.', { exact: false }).count()).toBe(1);
  });
});

describe('the keyboard drills with real key presses', () => {
  const open = (step: number) => openStep(mouse.page, mouse.siteUrl, 'practise-the-keyboard', step);

  it('erases a mistake with Backspace', async () => {
    const page = await open(1);
    expect(await axeInEveryDisplay(page, 'type: the mistake')).toEqual([]);
    await expectNoSideways(page);
    await tabTo(page, 'Skriv här', { tag: 'input' });
    await page.keyboard.press('End');
    await page.keyboard.press('x');
    await status(page).getByText('Det står inte båt än.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'type: off the word')).toEqual([]);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('t');
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'type: done')).toEqual([]);
  });

  it('types a capital with Shift', async () => {
    const page = await open(2);
    await tabTo(page, 'Skriv här', { tag: 'input' });
    await page.keyboard.press('o');
    await status(page).getByText('Den första bokstaven ska vara stor.', { exact: false }).waitFor();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Shift+KeyO');
    await page.keyboard.type('lle');
    await focusedHeading(page, 'Klart!');
  });

  it('counts @ by the character typed, and explains a 2', async () => {
    const page = await open(3);
    expect(await axeInEveryDisplay(page, 'at: the box')).toEqual([]);
    await tabTo(page, 'Skriv här', { tag: 'input' });
    await page.keyboard.press('Digit2');
    await status(page).getByText('Det blev en 2:a.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'at: a 2')).toEqual([]);
    // Shift and 2 on the test's American layout gives '@', as AltGr and 2 does on a Swedish one.
    await page.keyboard.press('Shift+Digit2');
    await status(page).getByText('Bra! Där kom ett @.').waitFor();
    await page.keyboard.type('@');
    await focusedHeading(page, 'Klart!');
  });

  it('sends with Enter', async () => {
    const page = await open(4);
    expect(await axeInEveryDisplay(page, 'enter: the box')).toEqual([]);
    await tabTo(page, 'Meddelande', { tag: 'input' });
    await page.keyboard.press('Enter');
    await status(page).getByText('Rutan är tom.', { exact: false }).waitFor();
    await page.keyboard.type('Hallå');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Klart!');
  });

  it('moves between boxes with Tab', async () => {
    const page = await open(5);
    expect(await axeInEveryDisplay(page, 'tab: the form')).toEqual([]);
    await expectNoSideways(page);
    await tabTo(page, '', { tag: 'input' });
    await page.keyboard.type('blå');
    await page.keyboard.press('Tab');
    await status(page).getByText('Bra! Tab tog dig vidare.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByRole('textbox', { name: 'Frukt' }).getAttribute('id'));
    expect(await axeInEveryDisplay(page, 'tab: one box done')).toEqual([]);
    await page.keyboard.type('plommon');
    await page.keyboard.press('Tab');
    await focusedHeading(page, 'Klart!');
    expect(await axeInEveryDisplay(page, 'tab: done')).toEqual([]);
  });

  it('moves the star with the arrow keys', async () => {
    const page = await open(6);
    expect(await axeInEveryDisplay(page, 'arrows: the grid')).toEqual([]);
    await expectNoSideways(page);
    await tabTo(page, 'Rutnätet med stjärnan');
    await page.keyboard.press('ArrowRight');
    await status(page).getByText('Bra! Stjärnan är framme.', { exact: false }).waitFor();
    await page.keyboard.press('ArrowRight');
    await status(page).getByText('Stjärnan står vid kanten.', { exact: false }).waitFor();
    expect(await axeInEveryDisplay(page, 'arrows: at the edge')).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await focusedHeading(page, 'Klart!');
  });
});

describe('the mouse and keyboard drills', () => {
  it('sent no request beyond the site itself', () => {
    const origin = new URL(mouse.siteUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${new URL(touch.siteUrl).origin}/`))).toEqual([]);
  });
});
