/**
 * The practice e-ID as pure functions: what happens is decided by the
 * scenario and the learner's actions alone, with no timers, no React and no
 * browser, so every path (approve, cancel, too slow, a wrong code three
 * times, expired, the fraud call) is tested on its own. The practice host
 * sends a `tick` every second while the order is open and not paused
 * (`clockRunning`); the view only draws the state and dispatches.
 */
import type { EIdScenario } from './scenario.ts';

export type Way = 'this-device' | 'other-device';

/** Where the practice is: each stage is one screen of the service page and the phone. */
export type Stage =
  /** The service page offers the two ways. */
  | 'choose-way'
  /** On another device: the QR code on the service page, the practice app's start screen on the phone. */
  | 'qr'
  /** The app shows who is asking, "Min avsikt:" and the field for the security code. */
  | 'request'
  /** The app waits for a (pretend) fingerprint instead of the code. */
  | 'fingerprint'
  /** The fraud call: the phone rings. */
  | 'ringing'
  /** The fraud call: the caller talks. */
  | 'call'
  /** The app asks whether the learner is on a call. */
  | 'on-call'
  /** The app asks who started the call. */
  | 'who-called'
  | EndStage;

/** Where a practice ends. Every end offers to start over. */
export type EndStage =
  | 'logged-in'
  | 'signed'
  | 'cancelled'
  | 'timed-out'
  | 'locked'
  | 'expired'
  /** The fraud call: the app stopped the login ("Risk för bedrägeri"). */
  | 'fraud-stopped'
  /** The fraud call: the learner declined, hung up or cancelled. The right answer. */
  | 'fraud-refused'
  /** The fraud call: the learner approved the caller's login. */
  | 'fraud-approved';

const endStages: ReadonlySet<Stage> = new Set<EndStage>(['logged-in', 'signed', 'cancelled', 'timed-out', 'locked', 'expired', 'fraud-stopped', 'fraud-refused', 'fraud-approved']);

/** The stages in which the order is open, so time runs (unless paused). */
const orderOpen: ReadonlySet<Stage> = new Set<Stage>(['qr', 'request', 'fingerprint', 'on-call', 'who-called']);

/** How many wrong security codes lock the practice e-ID, as the real ones do. */
export const wrongCodesAllowed = 3;

export interface EIdState {
  stage: Stage;
  way?: Way;
  /** Wrong security codes in a row. */
  wrongCodes: number;
  /** Seconds the order has been open (paused time not counted). */
  elapsed: number;
  paused: boolean;
  /** The learner's choices so far, as stable ids, for the outcome. */
  choices: string[];
  /** What was wrong with the last security code given: none, or wrong (the count is in wrongCodes). */
  codeProblem?: 'empty' | 'wrong';
}

export type EIdAction =
  /** `still`: the learner asks for less movement, so the QR code starts paused. */
  | { type: 'choose-way'; way: Way; still?: boolean }
  | { type: 'scan' }
  | { type: 'tick' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'enter-code'; code: string }
  | { type: 'use-fingerprint' }
  | { type: 'use-code' }
  | { type: 'fingerprint' }
  | { type: 'cancel' }
  | { type: 'answer-call' }
  | { type: 'decline-call' }
  | { type: 'hang-up' }
  | { type: 'open-app' }
  | { type: 'on-call'; answer: 'yes' | 'no' }
  | { type: 'who-called'; answer: 'i-called' | 'someone-called-me' };

export function initialState(scenario: EIdScenario): EIdState {
  return { stage: scenario.call ? 'ringing' : 'choose-way', wrongCodes: 0, elapsed: 0, paused: false, choices: [] };
}

export function isEnd(stage: Stage): stage is EndStage {
  return endStages.has(stage);
}

/** Whether the order is open, so the clock runs and the learner may pause it. */
export function isOrderOpen(state: EIdState): boolean {
  return orderOpen.has(state.stage);
}

/** The call is on from answering until the learner hangs up or the practice ends. */
export function isOnCall(state: EIdState): boolean {
  return ['call', 'on-call', 'who-called', 'request', 'fingerprint'].includes(state.stage) && state.choices.includes('answer-call');
}

/** Seconds left before the order runs out. */
export function secondsLeft(scenario: EIdScenario, state: EIdState): number {
  return Math.max(0, scenario.seconds - state.elapsed);
}

/** Which QR code to show: a new one every second the order runs. */
export function qrFrame(state: EIdState): number {
  return state.elapsed;
}

/** What the app opens on: a request, or, for an expired e-ID, the end that says so. */
function openApp(scenario: EIdScenario, state: EIdState, choice: string): EIdState {
  return move(state, scenario.expired ? 'expired' : 'request', choice);
}

function move(state: EIdState, stage: Stage, choice?: string): EIdState {
  return { ...state, stage, choices: choice ? [...state.choices, choice] : state.choices };
}

/** The stage an approved request ends on. */
function approved(scenario: EIdScenario): EndStage {
  if (scenario.call) return 'fraud-approved';
  return scenario.action === 'sign' ? 'signed' : 'logged-in';
}

/** The next state. An action that does not fit the stage changes nothing. */
export function step(scenario: EIdScenario, state: EIdState, action: EIdAction): EIdState {
  if (isEnd(state.stage)) return state;
  const { stage } = state;
  switch (action.type) {
    case 'choose-way':
      if (stage !== 'choose-way') return state;
      return action.way === 'other-device'
        ? { ...move(state, 'qr', action.way), way: action.way, paused: action.still === true }
        : { ...openApp(scenario, state, action.way), way: action.way };
    case 'scan':
      return stage === 'qr' ? openApp(scenario, state, 'scan') : state;
    case 'tick': {
      if (!isOrderOpen(state) || state.paused) return state;
      const elapsed = state.elapsed + 1;
      return elapsed >= scenario.seconds ? { ...move(state, 'timed-out', 'time-out'), elapsed, paused: false } : { ...state, elapsed };
    }
    case 'pause':
      return isOrderOpen(state) ? { ...state, paused: true } : state;
    case 'resume':
      return { ...state, paused: false };
    case 'enter-code': {
      if (stage !== 'request') return state;
      const code = action.code.replace(/\s/g, '');
      if (code === '') return { ...state, codeProblem: 'empty' };
      if (code === scenario.code) return { ...move(state, approved(scenario), 'code-right'), wrongCodes: 0, codeProblem: undefined };
      const wrongCodes = state.wrongCodes + 1;
      return wrongCodes >= wrongCodesAllowed
        ? { ...move(state, 'locked', 'code-wrong'), wrongCodes, codeProblem: 'wrong' }
        : { ...move(state, 'request', 'code-wrong'), wrongCodes, codeProblem: 'wrong' };
    }
    case 'use-fingerprint':
      return stage === 'request' ? move(state, 'fingerprint', 'use-fingerprint') : state;
    case 'use-code':
      return stage === 'fingerprint' ? move(state, 'request', 'use-code') : state;
    case 'fingerprint':
      return stage === 'fingerprint' ? move(state, approved(scenario), 'fingerprint') : state;
    case 'cancel':
      if (!['qr', 'request', 'fingerprint', 'on-call', 'who-called'].includes(stage)) return state;
      return move(state, scenario.call ? 'fraud-refused' : 'cancelled', 'cancel');
    case 'answer-call':
      return stage === 'ringing' ? move(state, 'call', 'answer-call') : state;
    case 'decline-call':
      return stage === 'ringing' ? move(state, 'fraud-refused', 'decline-call') : state;
    case 'hang-up':
      return isOnCall(state) ? move(state, 'fraud-refused', 'hang-up') : state;
    case 'open-app':
      // Since late 2023 the real app asks first when a login is made during a phone call.
      return stage === 'call' ? move(state, 'on-call', 'open-app') : state;
    case 'on-call':
      if (stage !== 'on-call') return state;
      return action.answer === 'yes' ? move(state, 'who-called', 'on-call-yes') : openApp(scenario, state, 'on-call-no');
    case 'who-called':
      if (stage !== 'who-called') return state;
      return action.answer === 'someone-called-me' ? move(state, 'fraud-stopped', 'someone-called-me') : openApp(scenario, state, 'i-called');
  }
}

/** Whether an end is what the scenario is there to practise: the learner reached its goal. */
export function reachedGoal(scenario: EIdScenario, stage: EndStage): boolean {
  if (scenario.call) return stage === 'fraud-refused' || stage === 'fraud-stopped';
  if (scenario.expired) return stage === 'expired';
  return stage === (scenario.action === 'sign' ? 'signed' : 'logged-in');
}

/** Whether the practice's clock runs: the order is open and the learner has not stopped it. */
export function clockRunning(state: EIdState): boolean {
  return isOrderOpen(state) && !state.paused;
}

/** Wrong codes the learner may still give before the practice e-ID locks. */
export function triesLeft(state: EIdState): number {
  return Math.max(0, wrongCodesAllowed - state.wrongCodes);
}

const stages: ReadonlySet<string> = new Set<Stage>(['choose-way', 'qr', 'request', 'fingerprint', 'ringing', 'call', 'on-call', 'who-called', ...endStages]);

/** A state kept earlier in this browser session, if it is one this scenario can be in; otherwise undefined. */
export function restoreState(saved: unknown, scenario: EIdScenario): EIdState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const value = saved as Record<string, unknown>;
  const count = (field: unknown, max: number) => typeof field === 'number' && Number.isInteger(field) && field >= 0 && field <= max;
  if (typeof value.stage !== 'string' || !stages.has(value.stage)) return undefined;
  if (!count(value.wrongCodes, wrongCodesAllowed) || !count(value.elapsed, scenario.seconds) || typeof value.paused !== 'boolean') return undefined;
  if (!Array.isArray(value.choices) || !value.choices.every((choice) => typeof choice === 'string')) return undefined;
  if (value.way !== undefined && value.way !== 'this-device' && value.way !== 'other-device') return undefined;
  if (value.codeProblem !== undefined && value.codeProblem !== 'empty' && value.codeProblem !== 'wrong') return undefined;
  // The fraud call starts with the phone ringing; any other scenario on the service page.
  const callStages = ['ringing', 'call', 'on-call', 'who-called', 'fraud-stopped', 'fraud-refused', 'fraud-approved'];
  if (!scenario.call && callStages.includes(value.stage)) return undefined;
  return {
    stage: value.stage as Stage,
    wrongCodes: value.wrongCodes as number,
    elapsed: value.elapsed as number,
    paused: value.paused,
    choices: value.choices as string[],
    ...(value.way ? { way: value.way as Way } : {}),
    ...(value.codeProblem ? { codeProblem: value.codeProblem as 'empty' | 'wrong' } : {}),
  };
}
