/**
 * The practice mouse and touchpad as pure rules: each drill counts what is
 * left to do and says, kindly, what happened when something did not do it
 * (a click beside the shape, two clicks too slow for a double-click, a drop
 * beside the box). Nothing runs on a timer: a double-click's speed is read
 * from the two clicks' own time stamps.
 */
import type { PointerScenario } from './scenario.ts';

/** What the learner points with, from the pointer event (`pointerType`): a touchpad reports itself as a mouse. */
export type PointerKind = 'mouse' | 'touch' | 'pen';

/**
 * Two clicks count as a double-click when the second comes within this many
 * milliseconds of the first. Computers usually ask for about half a second;
 * twice that is kinder to a first-timer's hand and still feels like one action.
 */
export const doubleClickMs = 1000;

/** How far (CSS pixels) the pointer may move between the two clicks of a double-click: a finger moves more than a mouse. */
export function doubleClickSlop(pointer: PointerKind): number {
  return pointer === 'touch' ? 24 : 12;
}

/** What the drill says about the learner's last try that did not do it. */
export type PointerNote =
  /** Click: the click landed beside the shape. */
  | 'missed'
  /** Double-click: one click; the folder is marked, not opened. */
  | 'one-click'
  /** Double-click: two clicks, too far apart in time. */
  | 'too-slow'
  /** Double-click: two clicks, the pointer moved between them. */
  | 'moved'
  /** Drag: the thing was let go beside its place. */
  | 'outside'
  /** Right-click: a click with the left button. */
  | 'left-click'
  /** Right-click: the menu was closed without a choice. */
  | 'menu-closed'
  /** Right-click: another item than the one asked for. */
  | 'other-item';

export interface PointerState {
  /** How many of the drill's tasks are done. */
  done: number;
  /** The pointer the learner used last, so the drill says "Klicka" or "Tryck". */
  pointer: PointerKind;
  note?: PointerNote;
  /** Double-click: the last click on the folder, when it may still be the first of two. */
  lastClick?: { at: number; x: number; y: number };
  /** Double-click: the folder is open; closing it is the end of that task. */
  open?: boolean;
  /** Scroll: the page has moved. */
  scrolled?: boolean;
  /** Right-click: the menu is open. */
  menu?: boolean;
  /** Right-click: the item chosen last, when it was another than the one asked for. */
  chose?: string;
  /** The drill is done: its end is a screen of its own. */
  over?: boolean;
  /** What the learner did, as stable ids, for the learner's progress. */
  choices: string[];
}

export type PointerAction =
  | { type: 'pointer'; pointer: PointerKind }
  /** Click: the shape was clicked. */
  | { type: 'hit' }
  /** Click: the click landed beside the shape. */
  | { type: 'miss' }
  /** Double-click: a click on the folder, with its time stamp (ms) and place. */
  | { type: 'click-folder'; at: number; x: number; y: number }
  /** Double-click: the folder opened another way (Enter on the keyboard opens a marked item, as on a desktop). */
  | { type: 'open' }
  | { type: 'close' }
  /** Drag: the thing was let go, on its place or beside it. */
  | { type: 'drop'; inside: boolean }
  | { type: 'scrolled' }
  /** Scroll: the thing further down was clicked. */
  | { type: 'found' }
  /** Right-click: the menu was asked for (right button, a long press, or the menu key). */
  | { type: 'menu' }
  | { type: 'left-click' }
  | { type: 'close-menu' }
  | { type: 'choose'; item: string };

export function initialState(): PointerState {
  return { done: 0, pointer: 'mouse', choices: [] };
}

/** How many tasks the drill has. */
export function total(scenario: PointerScenario): number {
  switch (scenario.drill) {
    case 'click':
      return scenario.targets.length;
    case 'double-click':
      return scenario.folders.length;
    case 'drag':
      return scenario.things.length;
    case 'scroll':
    case 'right-click':
      return 1;
  }
}

export function left(scenario: PointerScenario, state: PointerState): number {
  return Math.max(0, total(scenario) - state.done);
}

export function finished(scenario: PointerScenario, state: PointerState): boolean {
  return left(scenario, state) === 0;
}

/** One task more is done. */
function doneOne(state: PointerState, choice: string): PointerState {
  return { ...state, done: state.done + 1, note: undefined, lastClick: undefined, open: undefined, menu: undefined, chose: undefined, choices: [...state.choices, choice] };
}

function withNote(state: PointerState, note: PointerNote, choice: string): PointerState {
  return { ...state, note, choices: [...state.choices, choice] };
}

/** Double-click: what a click on the folder makes of the click before it. */
function clickFolder(state: PointerState, click: { at: number; x: number; y: number }): PointerState {
  const first = state.lastClick;
  if (!first) return { ...withNote(state, 'one-click', 'one-click'), lastClick: click };
  const apart = click.at - first.at;
  const moved = Math.hypot(click.x - first.x, click.y - first.y) > doubleClickSlop(state.pointer);
  if (apart < 0 || apart > doubleClickMs) return { ...withNote(state, 'too-slow', 'too-slow'), lastClick: click };
  if (moved) return { ...withNote(state, 'moved', 'moved'), lastClick: click };
  return { ...state, open: true, note: undefined, lastClick: undefined, choices: [...state.choices, 'double-click'] };
}

/** The next state. An action that does not fit the drill or its moment changes nothing. */
export function step(scenario: PointerScenario, state: PointerState, action: PointerAction): PointerState {
  const next = rules(scenario, state, action);
  return next !== state && !next.over && finished(scenario, next) ? { ...next, over: true } : next;
}

function rules(scenario: PointerScenario, state: PointerState, action: PointerAction): PointerState {
  if (action.type === 'pointer') return action.pointer === state.pointer ? state : { ...state, pointer: action.pointer };
  if (finished(scenario, state)) return state;
  switch (scenario.drill) {
    case 'click':
      if (action.type === 'hit') return doneOne(state, scenario.targets[state.done]?.id ?? 'hit');
      if (action.type === 'miss') return withNote(state, 'missed', 'missed');
      return state;
    case 'double-click':
      if (state.open) return action.type === 'close' ? doneOne(state, 'close') : state;
      if (action.type === 'click-folder') return clickFolder(state, action);
      if (action.type === 'open') return { ...state, open: true, note: undefined, lastClick: undefined, choices: [...state.choices, 'enter'] };
      return state;
    case 'drag':
      if (action.type !== 'drop') return state;
      return action.inside ? doneOne(state, scenario.things[state.done]?.id ?? 'drop') : withNote(state, 'outside', 'outside');
    case 'scroll':
      if (action.type === 'scrolled') return state.scrolled ? state : { ...state, scrolled: true };
      return action.type === 'found' ? doneOne(state, state.scrolled ? 'found' : 'found-without-scrolling') : state;
    case 'right-click':
      if (action.type === 'menu') return { ...state, menu: true, note: undefined, choices: [...state.choices, 'menu'] };
      if (action.type === 'left-click') return state.menu ? state : withNote(state, 'left-click', 'left-click');
      if (action.type === 'close-menu') return state.menu ? { ...withNote(state, 'menu-closed', 'menu-closed'), menu: false } : state;
      if (action.type === 'choose' && state.menu) {
        return action.item === scenario.choose ? doneOne(state, action.item) : { ...withNote(state, 'other-item', action.item), menu: false, chose: action.item };
      }
      return state;
  }
}

/** The size of a click drill's target, 1 (biggest) to 6 (as small as a target may be), spread over the drill's targets. */
export function targetSize(index: number, count: number): number {
  if (count <= 1) return 1;
  return 1 + Math.round((index * 5) / (count - 1));
}
