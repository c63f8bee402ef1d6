import { describe, expect, it } from 'vitest';
import { doubleClickMs, finished, initialState, left, type PointerAction, type PointerState, step, targetSize } from '../../../src/practice/pointer/machine.ts';
import type { PointerScenario } from '../../../src/practice/pointer/scenario.ts';

const click: PointerScenario = {
  id: 'shapes',
  drill: 'click',
  task: 'Klicka.',
  targets: [
    { id: 'circle', shape: 'circle', name: 'cirkeln' },
    { id: 'square', shape: 'square', name: 'fyrkanten' },
  ],
};
const doubleClick: PointerScenario = { id: 'folders', drill: 'double-click', task: 'Öppna.', folders: [{ id: 'photos', name: 'Foton' }], inside: 'Tre foton.' };
const drag: PointerScenario = {
  id: 'drag',
  drill: 'drag',
  task: 'Dra.',
  things: [
    { id: 'apple', look: 'picture', picture: 'apple', thing: 'ett äpple', place: 'Korgen' },
    { id: 'coffee', look: 'word', thing: 'kaffe', place: 'Jag dricker ___.' },
  ],
};
const scroll: PointerScenario = { id: 'scroll', drill: 'scroll', task: 'Hitta.', paragraphs: ['a', 'b', 'c', 'd'], find: 'Ballongen' };
const rightClick: PointerScenario = {
  id: 'menu',
  drill: 'right-click',
  task: 'Högerklicka.',
  thing: 'Bilden',
  menu: [
    { id: 'copy', text: 'Kopiera' },
    { id: 'save', text: 'Spara' },
  ],
  choose: 'save',
};

function play(scenario: PointerScenario, actions: PointerAction[], from: PointerState = initialState()): PointerState {
  return actions.reduce((state, action) => step(scenario, state, action), from);
}

describe('the click drill', () => {
  it('counts down the shapes; a click beside one says so and counts nothing', () => {
    const missed = play(click, [{ type: 'miss' }]);
    expect(missed.note).toBe('missed');
    expect(left(click, missed)).toBe(2);
    const one = step(click, missed, { type: 'hit' });
    expect(one.note).toBeUndefined();
    expect(left(click, one)).toBe(1);
    const both = step(click, one, { type: 'hit' });
    expect(finished(click, both)).toBe(true);
    expect(both.choices).toEqual(['missed', 'circle', 'square']);
    expect(step(click, both, { type: 'hit' })).toBe(both);
  });

  it('makes the shapes smaller one by one, from the biggest to the smallest a target may be', () => {
    expect([0, 1, 2, 3, 4, 5].map((index) => targetSize(index, 6))).toEqual([1, 2, 3, 4, 5, 6]);
    expect([0, 1].map((index) => targetSize(index, 2))).toEqual([1, 6]);
    expect(targetSize(0, 1)).toBe(1);
  });

  it('remembers the pointer last used, so it can say Klicka or Tryck', () => {
    const touched = play(click, [{ type: 'pointer', pointer: 'touch' }]);
    expect(touched.pointer).toBe('touch');
    expect(step(click, touched, { type: 'pointer', pointer: 'touch' })).toBe(touched);
  });
});

describe('the double-click drill', () => {
  const at = (ms: number, x = 10, y = 10) => ({ type: 'click-folder' as const, at: ms, x, y });

  it('opens the folder on two quick clicks in one place; closing it is the task done', () => {
    const open = play(doubleClick, [at(1000), at(1300)]);
    expect(open.open).toBe(true);
    expect(open.note).toBeUndefined();
    const closed = step(doubleClick, open, { type: 'close' });
    expect(finished(doubleClick, closed)).toBe(true);
    expect(closed.choices).toEqual(['one-click', 'double-click', 'close']);
  });

  it('says one click marks the folder, and two slow clicks were too slow, and counts nothing', () => {
    const one = play(doubleClick, [at(1000)]);
    expect(one.note).toBe('one-click');
    const slow = step(doubleClick, one, at(1000 + doubleClickMs + 1));
    expect(slow.note).toBe('too-slow');
    expect(slow.open).toBeUndefined();
    expect(left(doubleClick, slow)).toBe(1);
    // The slow second click is the first of the next try: a quick third one opens the folder.
    expect(step(doubleClick, slow, at(1000 + doubleClickMs + 400)).open).toBe(true);
  });

  it('takes the threshold itself as quick enough', () => {
    expect(play(doubleClick, [at(0), at(doubleClickMs)]).open).toBe(true);
  });

  it('says the mouse moved between the clicks, and allows a finger more room', () => {
    expect(play(doubleClick, [at(0, 10, 10), at(200, 30, 10)]).note).toBe('moved');
    expect(play(doubleClick, [{ type: 'pointer', pointer: 'touch' }, at(0, 10, 10), at(200, 30, 10)]).open).toBe(true);
  });

  it('opens a folder with Enter too, as a desktop does', () => {
    expect(play(doubleClick, [{ type: 'open' }]).open).toBe(true);
  });
});

describe('the drag drill', () => {
  it('says a drop outside the box missed it and counts nothing; a drop inside counts', () => {
    const outside = play(drag, [{ type: 'drop', inside: false }]);
    expect(outside.note).toBe('outside');
    expect(left(drag, outside)).toBe(2);
    const all = play(drag, [{ type: 'drop', inside: true }, { type: 'drop', inside: true }], outside);
    expect(finished(drag, all)).toBe(true);
    expect(all.choices).toEqual(['outside', 'apple', 'coffee']);
  });
});

describe('the scroll drill', () => {
  it('is done when the thing further down is clicked, and notes whether the page moved first', () => {
    const scrolled = play(scroll, [{ type: 'scrolled' }, { type: 'scrolled' }, { type: 'found' }]);
    expect(finished(scroll, scrolled)).toBe(true);
    expect(scrolled.choices).toEqual(['found']);
    expect(play(scroll, [{ type: 'found' }]).choices).toEqual(['found-without-scrolling']);
  });
});

describe('the right-click drill', () => {
  it('says a left click opens no menu; the right item in the menu is the task done', () => {
    const left1 = play(rightClick, [{ type: 'left-click' }]);
    expect(left1.note).toBe('left-click');
    const open = step(rightClick, left1, { type: 'menu' });
    expect(open.menu).toBe(true);
    expect(open.note).toBeUndefined();
    expect(finished(rightClick, step(rightClick, open, { type: 'choose', item: 'save' }))).toBe(true);
  });

  it('closes the menu on another item and names it, and says when the menu closed without a choice', () => {
    const other = play(rightClick, [{ type: 'menu' }, { type: 'choose', item: 'copy' }]);
    expect(other).toMatchObject({ menu: false, note: 'other-item', chose: 'copy', done: 0 });
    expect(play(rightClick, [{ type: 'menu' }, { type: 'close-menu' }])).toMatchObject({ menu: false, note: 'menu-closed' });
    expect(play(rightClick, [{ type: 'choose', item: 'save' }]).done).toBe(0);
  });
});
