/**
 * The safe-browsing drills as pure functions: each drill's grading, decided
 * by the scenario and the learner's actions alone (no React, no browser), so
 * every right and wrong turn is tested on its own. Every wrong turn is
 * explained and can be tried again; the round ends when the drill's goal is
 * reached (or, in the fake shop, when the learner stops looking).
 *
 * Nothing the learner types is ever in the state: the host keeps the state for
 * the browser session, and a passphrase must not be kept anywhere.
 */
import type { AddressScenario, PadlockScenario, SafeBrowsingScenario, ShopScenario, WarningScenario } from './scenario.ts';
import type { Strength } from './passphrase/estimate.ts';

export interface AddressState {
  drill: 'address';
  /** Which address the learner is on. */
  index: number;
  /** The owners picked for this address, in order; the last is the right one once it is answered. */
  picked: string[];
  /** True once the right owner is picked: the address is taken apart. */
  answered: boolean;
  finished: boolean;
  choices: string[];
}

export interface PadlockState {
  drill: 'padlock';
  /** The pages whose padlock the learner has opened. */
  opened: string[];
  picked: string[];
  /** True once the learner answered before opening any padlock: the question is about what the padlock says, so they are asked to open it first. */
  openFirst?: true;
  finished: boolean;
}

export interface ShopState {
  drill: 'shop';
  /** The signs found, in order. */
  found: string[];
  /** Spots marked that are no sign, in order. */
  notSigns: string[];
  /** The spot the learner marked last: its explanation is shown. */
  last?: string;
  finished: boolean;
}

export type WarningStage = 'page' | 'full-screen' | 'windowed' | 'closed';
export interface WarningState {
  drill: 'warning';
  stage: WarningStage;
  /** The warning's own buttons the learner pressed, in order: each is explained. */
  trapped: string[];
  /** What happened last, so its explanation is shown: a button in the warning, Esc, or a key that does nothing here. */
  last?: 'trap' | 'esc' | 'wrong-key';
  /** The key that did nothing, when that came last. */
  wrongKey?: string;
}

export interface PassphraseState {
  drill: 'passphrase';
  /** The strengths the learner checked, in order (never the passphrase itself). */
  tries: Strength[];
  finished: boolean;
}

export type SafeBrowsingState = AddressState | PadlockState | ShopState | WarningState | PassphraseState;

export type SafeBrowsingAction =
  | { type: 'pick'; owner: string }
  | { type: 'next' }
  | { type: 'open-padlock'; page: string }
  | { type: 'answer'; answer: string }
  | { type: 'mark'; spot: string }
  | { type: 'stop-looking' }
  | { type: 'open-link' }
  | { type: 'trap'; trap: string }
  | { type: 'key'; key: string }
  | { type: 'close-tab' }
  | { type: 'check'; strength: Strength };

export function initialState(scenario: SafeBrowsingScenario): SafeBrowsingState {
  switch (scenario.drill) {
    case 'address':
      return { drill: 'address', index: 0, picked: [], answered: false, finished: false, choices: [] };
    case 'padlock':
      return { drill: 'padlock', opened: [], picked: [], finished: false };
    case 'shop':
      return { drill: 'shop', found: [], notSigns: [], finished: false };
    case 'warning':
      return { drill: 'warning', stage: 'page', trapped: [] };
    case 'passphrase':
      return { drill: 'passphrase', tries: [], finished: false };
  }
}

function stepAddress(scenario: AddressScenario, state: AddressState, action: SafeBrowsingAction): AddressState {
  const item = scenario.addresses[state.index];
  if (!item || state.finished) return state;
  if (action.type === 'pick' && !state.answered && item.choices.some((choice) => choice.owner === action.owner) && !state.picked.includes(action.owner)) {
    const right = action.owner === item.owner;
    return { ...state, picked: [...state.picked, action.owner], answered: right, choices: [...state.choices, `${item.id}:${right ? 'right' : action.owner}`] };
  }
  if (action.type === 'next' && state.answered) {
    const last = state.index === scenario.addresses.length - 1;
    return last ? { ...state, finished: true } : { ...state, index: state.index + 1, picked: [], answered: false };
  }
  return state;
}

function stepPadlock(scenario: PadlockScenario, state: PadlockState, action: SafeBrowsingAction): PadlockState {
  if (state.finished) return state;
  if (action.type === 'open-padlock' && scenario.pages.some((page) => page.id === action.page) && !state.opened.includes(action.page)) return { ...state, opened: [...state.opened, action.page] };
  if (action.type === 'answer' && !state.picked.includes(action.answer)) {
    const answer = scenario.answers.find((candidate) => candidate.id === action.answer);
    if (!answer) return state;
    if (state.opened.length === 0) return state.openFirst ? state : { ...state, openFirst: true };
    return { ...state, picked: [...state.picked, answer.id], finished: answer.right };
  }
  return state;
}

/** The signs of the fake shop, by id. */
export function shopSigns(scenario: ShopScenario): string[] {
  return scenario.fake.spots.filter((spot) => spot.sign).map((spot) => spot.id);
}

function stepShop(scenario: ShopScenario, state: ShopState, action: SafeBrowsingAction): ShopState {
  if (state.finished) return state;
  if (action.type === 'mark') {
    const spot = scenario.fake.spots.find((candidate) => candidate.id === action.spot);
    if (!spot) return state;
    const next: ShopState = spot.sign
      ? { ...state, found: state.found.includes(spot.id) ? state.found : [...state.found, spot.id], last: spot.id }
      : { ...state, notSigns: state.notSigns.includes(spot.id) ? state.notSigns : [...state.notSigns, spot.id], last: spot.id };
    return { ...next, finished: shopSigns(scenario).every((sign) => next.found.includes(sign)) };
  }
  if (action.type === 'stop-looking') return { ...state, finished: true };
  return state;
}

/** The keys that leave a fake full screen and close a tab, as the text names them. */
export const leaveFullScreenKey = 'Escape';
export const closeTabKeys: readonly string[] = ['Control+w', 'Meta+w'];

function stepWarning(scenario: WarningScenario, state: WarningState, action: SafeBrowsingAction): WarningState {
  switch (state.stage) {
    case 'page':
      return action.type === 'open-link' ? { ...state, stage: 'full-screen' } : state;
    case 'full-screen':
    case 'windowed': {
      const rest = { drill: state.drill, trapped: state.trapped };
      if (action.type === 'trap' && scenario.warning.traps.some((trap) => trap.id === action.trap)) return { ...rest, stage: state.stage, trapped: [...state.trapped, action.trap], last: 'trap' };
      if (action.type === 'key' && action.key === leaveFullScreenKey) return state.stage === 'full-screen' ? { ...rest, stage: 'windowed', last: 'esc' } : state;
      if ((action.type === 'key' && closeTabKeys.includes(action.key)) || (action.type === 'close-tab' && state.stage === 'windowed')) return { ...rest, stage: 'closed' };
      if (action.type === 'key') return { ...rest, stage: state.stage, last: 'wrong-key', wrongKey: action.key };
      return state;
    }
    case 'closed':
      return state;
  }
}

function stepPassphrase(state: PassphraseState, action: SafeBrowsingAction): PassphraseState {
  if (state.finished || action.type !== 'check') return state;
  return { ...state, tries: [...state.tries, action.strength], finished: action.strength === 'strong' };
}

export function step(scenario: SafeBrowsingScenario, state: SafeBrowsingState, action: SafeBrowsingAction): SafeBrowsingState {
  if (scenario.drill === 'address' && state.drill === 'address') return stepAddress(scenario, state, action);
  if (scenario.drill === 'padlock' && state.drill === 'padlock') return stepPadlock(scenario, state, action);
  if (scenario.drill === 'shop' && state.drill === 'shop') return stepShop(scenario, state, action);
  if (scenario.drill === 'warning' && state.drill === 'warning') return stepWarning(scenario, state, action);
  if (scenario.drill === 'passphrase' && state.drill === 'passphrase') return stepPassphrase(state, action);
  return state;
}

/** Which screen the learner is on: a change moves focus to what is new. */
export function screenOf(state: SafeBrowsingState): string {
  switch (state.drill) {
    case 'address':
      return state.finished ? 'address-end' : `address-${state.index}-${state.picked.length}`;
    case 'padlock':
      return `padlock-${state.picked.length}${state.openFirst ? '-open-first' : ''}`;
    case 'shop':
      return state.finished ? 'shop-end' : `shop-${state.found.length + state.notSigns.length}-${state.last ?? ''}`;
    case 'warning':
      return `warning-${state.stage}-${state.trapped.length}-${state.last ?? ''}`;
    case 'passphrase':
      return `passphrase-${state.tries.length}`;
  }
}

/** How the round ended: every drill ends with its goal reached, except a shop left with signs unfound. */
export function outcomeOf(scenario: SafeBrowsingScenario, state: SafeBrowsingState): { done: boolean; choices: string[] } | undefined {
  switch (state.drill) {
    case 'address':
      return state.finished ? { done: true, choices: state.choices } : undefined;
    case 'padlock':
      return state.finished ? { done: true, choices: state.picked } : undefined;
    case 'shop':
      if (!state.finished || scenario.drill !== 'shop') return undefined;
      return { done: shopSigns(scenario).every((sign) => state.found.includes(sign)), choices: [...state.found, ...state.notSigns.map((spot) => `not:${spot}`)] };
    case 'warning':
      return state.stage === 'closed' ? { done: true, choices: [...state.trapped.map((trap) => `trap:${trap}`), 'closed'] } : undefined;
    case 'passphrase':
      return state.finished ? { done: true, choices: state.tries } : undefined;
  }
}

const strengths: readonly string[] = ['empty', 'too-short', 'weak', 'fair', 'strong'];
const stages: readonly string[] = ['page', 'full-screen', 'windowed', 'closed'];
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a place kept earlier this session back; anything that does not fit this scenario gives undefined (a fresh start). */
export function restoreState(saved: unknown, scenario: SafeBrowsingScenario): SafeBrowsingState | undefined {
  if (!isRecord(saved) || saved.drill !== scenario.drill) return undefined;
  const finished = saved.finished === true;
  switch (scenario.drill) {
    case 'address': {
      const { index, picked, answered, choices } = saved;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= scenario.addresses.length || !isStrings(picked) || !isStrings(choices) || typeof answered !== 'boolean') return undefined;
      return { drill: 'address', index, picked, answered, finished, choices };
    }
    case 'padlock': {
      const { opened, picked } = saved;
      return isStrings(opened) && isStrings(picked) ? { drill: 'padlock', opened, picked, finished } : undefined;
    }
    case 'shop': {
      const { found, notSigns, last } = saved;
      if (!isStrings(found) || !isStrings(notSigns) || (last !== undefined && typeof last !== 'string')) return undefined;
      return { drill: 'shop', found, notSigns, finished, ...(last === undefined ? {} : { last }) };
    }
    case 'warning': {
      const { stage, trapped } = saved;
      return typeof stage === 'string' && stages.includes(stage) && isStrings(trapped) ? { drill: 'warning', stage: stage as WarningStage, trapped } : undefined;
    }
    case 'passphrase': {
      const { tries } = saved;
      return isStrings(tries) && tries.every((value) => strengths.includes(value)) ? { drill: 'passphrase', tries: tries as Strength[], finished } : undefined;
    }
  }
}
