/**
 * The practice keyboard as pure rules: each drill counts what is left to do
 * and says, kindly, what the last keys did. Nothing typed is kept: the
 * screens hand the rules a judgement of the box's text (`judgeTyped`) or the
 * character a key typed (`event.key`, so any keyboard layout works), never
 * the text itself, so the place kept for the session holds no typing.
 */
import type { Cell, KeyboardScenario } from './scenario.ts';

/** What the box's text is, next to the word asked for. */
export type Typed =
  | 'empty'
  /** The word, exactly. */
  | 'match'
  /** The start of the word: type on. */
  | 'going'
  /** The word's letters with a small letter where a capital belongs (or the other way round). */
  | 'capital'
  /** Something else: erase with Backspace. */
  | 'fix';

/** Compares the box's text with the word asked for (the text is not kept). */
export function judgeTyped(word: string, text: string): Typed {
  if (text === '') return 'empty';
  if (text === word) return 'match';
  if (word.startsWith(text)) return 'going';
  if (word.toLocaleLowerCase().startsWith(text.toLocaleLowerCase())) return 'capital';
  return 'fix';
}

/** What the drill says about the last keys. */
export type KeyboardNote =
  | Exclude<Typed, 'match' | 'empty'>
  /** @: the key gave 2 (AltGr or Shift was not held). */
  | 'two'
  /** @: Shift and 2 on a Swedish keyboard gives a quotation mark. */
  | 'quote'
  /** Enter: pressed with an empty box. */
  | 'empty'
  /** Tab: pressed before the box held what it should. */
  | 'tab-early'
  /** Arrows: the marker is at the edge of the board. */
  | 'edge';

export interface KeyboardState {
  done: number;
  note?: KeyboardNote;
  /** Arrows: where the marker is. */
  at?: Cell;
  /** Tab: the boxes that hold what they should. */
  filled?: string[];
  /** The drill is done: its end is a screen of its own. */
  over?: boolean;
  choices: string[];
}

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export type KeyboardAction =
  /** Type: the box's text changed; the screen says how it compares with the word. */
  | { type: 'typed'; typed: Typed; backspace: boolean }
  /** @: a key typed this character (`event.key`). */
  | { type: 'key'; key: string }
  /** Enter: pressed, with text in the box or not. */
  | { type: 'enter'; empty: boolean }
  /** Tab: a box holds what it should, or no longer does. */
  | { type: 'field'; field: string; filled: boolean }
  /** Tab: pressed in a box, to move on. */
  | { type: 'tab'; field: string }
  | { type: 'arrow'; key: Arrow };

export function initialState(scenario: KeyboardScenario): KeyboardState {
  if (scenario.drill === 'arrows') return { done: 0, at: scenario.start, choices: [] };
  if (scenario.drill === 'tab') return { done: 0, filled: [], choices: [] };
  return { done: 0, choices: [] };
}

export function total(scenario: KeyboardScenario): number {
  switch (scenario.drill) {
    case 'type':
      return scenario.words.length;
    case 'at':
      return scenario.times;
    case 'enter':
      return scenario.messages.length;
    case 'tab':
      return scenario.fields.length;
    case 'arrows':
      return scenario.goals.length;
  }
}

export function left(scenario: KeyboardScenario, state: KeyboardState): number {
  return Math.max(0, total(scenario) - state.done);
}

export function finished(scenario: KeyboardScenario, state: KeyboardState): boolean {
  return left(scenario, state) === 0;
}

function doneOne(state: KeyboardState, choice: string): KeyboardState {
  return { ...state, done: state.done + 1, note: undefined, choices: [...state.choices, choice] };
}

const moves: Record<Arrow, Cell> = { ArrowUp: { row: -1, column: 0 }, ArrowDown: { row: 1, column: 0 }, ArrowLeft: { row: 0, column: -1 }, ArrowRight: { row: 0, column: 1 } };

/** The next state. An action that does not fit the drill changes nothing. */
export function step(scenario: KeyboardScenario, state: KeyboardState, action: KeyboardAction): KeyboardState {
  const next = rules(scenario, state, action);
  return next !== state && !next.over && finished(scenario, next) ? { ...next, over: true } : next;
}

function rules(scenario: KeyboardScenario, state: KeyboardState, action: KeyboardAction): KeyboardState {
  if (finished(scenario, state)) return state;
  switch (scenario.drill) {
    case 'type': {
      if (action.type !== 'typed') return state;
      const word = scenario.words[state.done];
      if (action.typed === 'match') return doneOne(state, word && word.start !== '' ? `${word.id}-fixed` : (word?.id ?? 'word'));
      const choices = action.backspace && state.choices.at(-1) !== 'backspace' ? [...state.choices, 'backspace'] : state.choices;
      return { ...state, note: action.typed === 'empty' || action.typed === 'going' ? undefined : action.typed, choices };
    }
    case 'at':
      if (action.type !== 'key') return state;
      if (action.key === '@') return doneOne(state, 'at');
      if (action.key === '2') return { ...state, note: 'two' };
      if (action.key === '"') return { ...state, note: 'quote' };
      return state;
    case 'enter':
      if (action.type !== 'enter') return state;
      return action.empty ? { ...state, note: 'empty' } : doneOne(state, scenario.messages[state.done]?.id ?? 'sent');
    case 'tab': {
      const filled = state.filled ?? [];
      if (action.type === 'field') {
        const others = filled.filter((field) => field !== action.field);
        return { ...state, filled: action.filled ? [...others, action.field] : others, note: action.filled && state.note === 'tab-early' ? undefined : state.note };
      }
      if (action.type !== 'tab') return state;
      // Only the box the drill has come to counts, so each Tab is one step forward.
      const current = scenario.fields[state.done];
      if (!current || current.id !== action.field) return state;
      return filled.includes(current.id) ? doneOne(state, `tab-${current.id}`) : { ...state, note: 'tab-early' };
    }
    case 'arrows': {
      if (action.type !== 'arrow' || !state.at) return state;
      const move = moves[action.key];
      const next = { row: state.at.row + move.row, column: state.at.column + move.column };
      if (next.row < 1 || next.column < 1 || next.row > scenario.rows || next.column > scenario.columns) return { ...state, note: 'edge' };
      const goal = scenario.goals[state.done];
      const moved = { ...state, at: next, note: undefined };
      return goal && goal.row === next.row && goal.column === next.column ? doneOne(moved, goal.id) : moved;
    }
  }
}
