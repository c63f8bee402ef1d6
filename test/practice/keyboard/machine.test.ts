import { describe, expect, it } from 'vitest';
import { finished, initialState, judgeTyped, type KeyboardAction, type KeyboardState, left, step } from '../../../src/practice/keyboard/machine.ts';
import type { KeyboardScenario } from '../../../src/practice/keyboard/scenario.ts';

const typeDrill: KeyboardScenario = {
  id: 'words',
  drill: 'type',
  task: 'Skriv.',
  words: [
    { id: 'hi', word: 'hej', start: 'hek' },
    { id: 'name', word: 'Eva', start: '' },
  ],
};
const atDrill: KeyboardScenario = { id: 'at', drill: 'at', task: 'Skriv @.', times: 2 };
const enterDrill: KeyboardScenario = { id: 'send', drill: 'enter', task: 'Skicka.', messages: [{ id: 'hello', text: 'Hej!' }] };
const tabDrill: KeyboardScenario = {
  id: 'form',
  drill: 'tab',
  task: 'Fyll i.',
  fields: [
    { id: 'name', label: 'Namn', value: 'Eva' },
    { id: 'town', label: 'Ort', value: 'Provby' },
  ],
};
const arrowsDrill: KeyboardScenario = {
  id: 'board',
  drill: 'arrows',
  task: 'Flytta.',
  rows: 3,
  columns: 3,
  start: { row: 1, column: 1 },
  goals: [
    { id: 'house', row: 1, column: 3, name: 'huset' },
    { id: 'tree', row: 3, column: 3, name: 'trädet' },
  ],
};

function play(scenario: KeyboardScenario, actions: KeyboardAction[], from: KeyboardState = initialState(scenario)): KeyboardState {
  return actions.reduce((state, action) => step(scenario, state, action), from);
}

describe('judging what is typed against the word', () => {
  it('tells the word, its start, a small letter for a capital, and a mistake apart', () => {
    expect(judgeTyped('Eva', '')).toBe('empty');
    expect(judgeTyped('Eva', 'Eva')).toBe('match');
    expect(judgeTyped('Eva', 'Ev')).toBe('going');
    expect(judgeTyped('Eva', 'ev')).toBe('capital');
    expect(judgeTyped('hej', 'hek')).toBe('fix');
    expect(judgeTyped('hej', 'hej ')).toBe('fix');
  });
});

describe('the typing drill', () => {
  it('fixes the mistake with Backspace, then a capital with Shift, counting down the words', () => {
    const fixing = play(typeDrill, [{ type: 'typed', typed: 'going', backspace: true }]);
    expect(fixing.note).toBeUndefined();
    expect(left(typeDrill, fixing)).toBe(2);
    const first = step(typeDrill, fixing, { type: 'typed', typed: 'match', backspace: false });
    expect(left(typeDrill, first)).toBe(1);
    const small = step(typeDrill, first, { type: 'typed', typed: 'capital', backspace: false });
    expect(small.note).toBe('capital');
    const both = step(typeDrill, small, { type: 'typed', typed: 'match', backspace: false });
    expect(finished(typeDrill, both)).toBe(true);
    expect(both.choices).toEqual(['backspace', 'hi-fixed', 'name']);
  });

  it('asks for Backspace when the text has gone off the word', () => {
    expect(play(typeDrill, [{ type: 'typed', typed: 'fix', backspace: false }]).note).toBe('fix');
  });
});

describe('the @ drill', () => {
  it('counts each @ by the character typed, whatever key gave it', () => {
    const done = play(atDrill, [{ type: 'key', key: '@' }, { type: 'key', key: '@' }]);
    expect(finished(atDrill, done)).toBe(true);
  });

  it('explains a 2 without AltGr and a quotation mark from Shift, and counts neither', () => {
    const two = play(atDrill, [{ type: 'key', key: '2' }]);
    expect(two).toMatchObject({ note: 'two', done: 0 });
    expect(step(atDrill, two, { type: 'key', key: '"' }).note).toBe('quote');
    expect(step(atDrill, two, { type: 'key', key: '@' })).toMatchObject({ note: undefined, done: 1 });
  });
});

describe('the Enter drill', () => {
  it('sends with Enter, and asks for some words first when the box is empty', () => {
    expect(play(enterDrill, [{ type: 'enter', empty: true }])).toMatchObject({ note: 'empty', done: 0 });
    expect(finished(enterDrill, play(enterDrill, [{ type: 'enter', empty: false }]))).toBe(true);
  });
});

describe('the Tab drill', () => {
  it('counts a box when it holds what it should and Tab leaves it, one box after the other', () => {
    const early = play(tabDrill, [{ type: 'tab', field: 'name' }]);
    expect(early).toMatchObject({ note: 'tab-early', done: 0 });
    const filled = step(tabDrill, early, { type: 'field', field: 'name', filled: true });
    expect(filled.note).toBeUndefined();
    // Tab in a later box does not count before the drill has come to it.
    expect(step(tabDrill, filled, { type: 'tab', field: 'town' })).toBe(filled);
    const all = play(tabDrill, [{ type: 'tab', field: 'name' }, { type: 'field', field: 'town', filled: true }, { type: 'tab', field: 'town' }], filled);
    expect(finished(tabDrill, all)).toBe(true);
    expect(all.choices).toEqual(['tab-name', 'tab-town']);
  });

  it('forgets a box that no longer holds its word', () => {
    expect(play(tabDrill, [{ type: 'field', field: 'name', filled: true }, { type: 'field', field: 'name', filled: false }]).filled).toEqual([]);
  });
});

describe('the arrow keys drill', () => {
  it('moves the marker, reaches each place in turn, and says when it is at the edge', () => {
    const edge = play(arrowsDrill, [{ type: 'arrow', key: 'ArrowUp' }]);
    expect(edge).toMatchObject({ note: 'edge', at: { row: 1, column: 1 } });
    const house = play(arrowsDrill, [{ type: 'arrow', key: 'ArrowRight' }, { type: 'arrow', key: 'ArrowRight' }], edge);
    expect(house).toMatchObject({ done: 1, note: undefined, at: { row: 1, column: 3 } });
    const tree = play(arrowsDrill, [{ type: 'arrow', key: 'ArrowDown' }, { type: 'arrow', key: 'ArrowDown' }], house);
    expect(finished(arrowsDrill, tree)).toBe(true);
    expect(tree.choices).toEqual(['house', 'tree']);
  });
});
