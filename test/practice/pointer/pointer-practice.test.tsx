// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PracticeOutcome } from '../../../src/content/index.ts';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The scenarios are the fixture ones, test/fixtures/lessons-app/practice/pointer/.

async function start(id: string, language: 'sv' | 'en' = 'sv') {
  const outcomes: PracticeOutcome[] = [];
  const entry = practiceRegistry.pointer;
  if (!entry) throw new Error('The registry has no pointer practice.');
  const Practice = await entry.load();
  const rendered = await renderInLanguage(
    <Practice scenario={{ kind: 'pointer', id }} language={language} place={{ lessonId: 'a-lesson', stepId: `a-step-${id}` }} onOutcome={(outcome: PracticeOutcome) => outcomes.push(outcome)} />,
    language,
  );
  await screen.findByText(language === 'sv' ? 'Övning – inget här är på riktigt' : 'Practice – nothing here is real');
  return { ...rendered, outcomes };
}

const status = () => screen.getByRole('status');

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('the click drill', () => {
  it('counts down the shapes, biggest first, says when a click lands beside one, and ends with Klart', async () => {
    const { user, outcomes, container } = await start('tap-shapes');
    expect(screen.getByText(/Den här övningen är för musen, pekplattan eller pekskärmen\. Använder du bara tangentbordet eller en skärmläsare\? Då kan du hoppa över övningen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Klicka på ringen' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('2 kvar att göra.');
    expect(screen.getByRole('button', { name: 'ringen' })).toHaveAttribute('data-size', '1');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('group', { name: 'Formerna' }));
    expect(status()).toHaveTextContent('Klicket hamnade bredvid formen.');
    expect(status()).not.toHaveTextContent(/fel/i);
    expect(status()).toHaveTextContent('2 kvar att göra.');

    await user.click(screen.getByRole('button', { name: 'ringen' }));
    expect(status()).toHaveTextContent('1 kvar att göra.');
    expect(screen.getByRole('button', { name: 'lådan' })).toHaveAttribute('data-size', '6');
    await user.click(screen.getByRole('button', { name: 'lådan' }));
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'pointer', scenario: 'tap-shapes', done: true, choices: ['missed', 'ring', 'box'] }]);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Börja om' }));
    expect(screen.getByRole('heading', { name: 'Klicka på ringen' })).toBeInTheDocument();
  });

  it('says Tryck once a finger has touched it, from the pointer used and not the screen', async () => {
    const { user } = await start('tap-shapes');
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('group', { name: 'Formerna' }) });
    expect(screen.getByRole('heading', { name: 'Tryck på ringen' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Du tryckte bredvid formen. Tryck mitt på formen.');
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'ringen' }) });
    expect(screen.getByRole('heading', { name: 'Tryck på lådan' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'lådan' }));
    expect(screen.getByRole('heading', { name: 'Klart!' })).toBeInTheDocument();
  });

  it('speaks English in an English lesson', async () => {
    await start('tap-shapes', 'en');
    expect(screen.getByRole('heading', { name: 'Click the ring' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('2 left to do.');
  });
});

describe('the double-click drill', () => {
  it('opens the folder on a double-click, and is done when it is closed', async () => {
    const { user, outcomes, container } = await start('open-folder');
    expect(screen.getByRole('heading', { name: 'Dubbelklicka på mappen Recept' })).toBeInTheDocument();
    expect(screen.getByText(/Här räcker det att klicka två gånger inom en sekund\./)).toBeInTheDocument();
    await user.dblClick(within(screen.getByRole('region', { name: 'Skrivbordet' })).getByRole('button', { name: 'Recept' }));
    expect(screen.getByRole('heading', { name: 'Mappen Recept är öppen' })).toHaveFocus();
    expect(screen.getByText('Här ligger tre recept.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Stäng mappen' }));
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'pointer', scenario: 'open-folder', done: true, choices: ['one-click', 'double-click', 'close'] }]);
  });

  it('says one click marks the folder, and two clicks too far apart were too slow', async () => {
    await start('open-folder');
    const folder = screen.getByRole('button', { name: 'Recept' });
    // The events' own time stamps decide, as in the browser: 1.5 seconds apart is too slow, 0.3 seconds is quick enough.
    const clickAt = (ms: number) => {
      const click = new MouseEvent('click', { bubbles: true, detail: 1, clientX: 20, clientY: 20 });
      Object.defineProperty(click, 'timeStamp', { value: ms });
      fireEvent(folder, click);
    };
    clickAt(10_000);
    expect(status()).toHaveTextContent('Du klickade en gång. Nu är mappen markerad.');
    clickAt(11_500);
    expect(status()).toHaveTextContent('Klicka två gånger snabbt, utan att flytta musen.');
    expect(status()).toHaveTextContent('1 kvar att göra.');
    clickAt(11_800);
    expect(screen.getByRole('heading', { name: 'Mappen Recept är öppen' })).toBeInTheDocument();
  });

  it('opens a folder with Enter, as a desktop does, so the keyboard is never stuck', async () => {
    const { user } = await start('open-folder');
    screen.getByRole('button', { name: 'Recept' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Mappen Recept är öppen' })).toHaveFocus();
  });
});

describe('the drag drill', () => {
  function placeAt(element: Element) {
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ left: 200, right: 400, top: 100, bottom: 200, x: 200, y: 100, width: 200, height: 100, toJSON: () => ({}) });
  }

  it('takes the picture back after a drop beside the box, keeps it after a drop inside, then the word in its gap', async () => {
    const { outcomes } = await start('move-things');
    expect(screen.getByRole('heading', { name: 'Dra ett litet äpple till korgen' })).toBeInTheDocument();
    const picture = screen.getByRole('img', { name: 'Bild: Ett litet äpple' });
    placeAt(screen.getByRole('region', { name: 'Korgen' }));

    fireEvent.pointerDown(picture, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(picture, { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 50 });
    fireEvent.pointerUp(picture, { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 50 });
    expect(status()).toHaveTextContent('Saken hamnade bredvid. Den gick tillbaka.');
    expect(status()).toHaveTextContent('2 kvar att göra.');
    expect(picture.style.translate).toBe('');

    fireEvent.pointerDown(picture, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(picture, { pointerId: 1, pointerType: 'mouse', clientX: 300, clientY: 150 });
    fireEvent.pointerUp(picture, { pointerId: 1, pointerType: 'mouse', clientX: 300, clientY: 150 });
    expect(status()).toHaveTextContent('1 kvar att göra.');

    expect(screen.getByRole('heading', { name: 'Dra ordet te till luckan i meningen' })).toBeInTheDocument();
    const word = screen.getByText('te');
    placeAt(screen.getByText('Luckan').parentElement as Element);
    fireEvent.pointerDown(word, { pointerId: 2, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerUp(word, { pointerId: 2, pointerType: 'touch', clientX: 250, clientY: 120 });
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'pointer', scenario: 'move-things', done: true, choices: ['outside', 'small-apple', 'tea'] }]);
  });

  it('drags nothing with the right button', async () => {
    await start('move-things');
    const picture = screen.getByRole('img', { name: 'Bild: Ett litet äpple' });
    fireEvent.pointerDown(picture, { pointerId: 1, pointerType: 'mouse', button: 2, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(picture, { pointerId: 1, pointerType: 'mouse', button: 2, clientX: 10, clientY: 10 });
    expect(status()).not.toHaveTextContent('Saken hamnade bredvid');
  });
});

describe('the scroll drill', () => {
  it('says the page moved, and is done when the thing at the bottom is clicked', async () => {
    const { user, outcomes, container } = await start('find-below');
    expect(screen.getByRole('heading', { name: 'Hitta drakens svans längre ner' })).toBeInTheDocument();
    const page = screen.getByRole('region', { name: 'Sidan att skrolla på' });
    expect(await axeViolations(container)).toEqual([]);
    act(() => {
      page.scrollTop = 200;
    });
    fireEvent.scroll(page);
    expect(status()).toHaveTextContent('Bra! Sidan flyttar sig.');
    await user.click(within(page).getByRole('button', { name: 'Drakens svans' }));
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'pointer', scenario: 'find-below', done: true, choices: ['found'] }]);
  });
});

describe('the right-click drill', () => {
  it('says a left click opens no menu; the right button opens it, and another item names what to choose', async () => {
    const { user, outcomes, container } = await start('picture-menu');
    const picture = screen.getByRole('button', { name: 'Bild på en kattunge' });
    await user.click(picture);
    expect(status()).toHaveTextContent('Det var den vänstra knappen. Då kommer ingen meny.');

    await user.pointer({ keys: '[MouseRight]', target: picture });
    const menu = screen.getByRole('menu', { name: 'Menyn för bilden' });
    expect(within(menu).getByRole('menuitem', { name: 'Skriv ut bilden' })).toHaveFocus();
    expect(picture).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations(container)).toEqual([]);
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Behåll bilden' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await user.click(within(menu).getByRole('menuitem', { name: 'Skriv ut bilden' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Du valde Skriv ut bilden. Ingenting hände, det är en övning. Öppna menyn igen och välj Behåll bilden.');

    await user.pointer({ keys: '[MouseRight]', target: picture });
    await user.keyboard('{Escape}');
    expect(status()).toHaveTextContent('Menyn stängdes. Öppna den igen och välj Behåll bilden.');

    fireEvent.contextMenu(picture);
    await user.click(screen.getByRole('menuitem', { name: 'Behåll bilden' }));
    expect(screen.getByRole('heading', { name: 'Klart!' })).toHaveFocus();
    expect(outcomes).toEqual([{ kind: 'pointer', scenario: 'picture-menu', done: true, choices: ['left-click', 'menu', 'print', 'menu', 'menu-closed', 'menu', 'keep'] }]);
  });
});
