/**
 * The practice e-service as pure functions: the start page, the login, the
 * question pages with their validation, "Kontrollera dina svar", the receipt
 * and the session timeout, decided by the scenario and the learner's actions
 * alone (no timers, no React, no browser). The host sends a `tick` each
 * second while the learner is logged in and filling in (`clockRunning`);
 * today's date comes with the learner's "Fortsätt", so the date rules are
 * tested with any day.
 */
import type { EServiceField, EServiceRule, EServiceScenario } from './scenario.ts';

export type Stage =
  | 'start'
  /** The practice e-ID's login, drawn by the e-ID kind inside the e-service. */
  | 'login'
  /** A question page: `step` says which. */
  | 'question'
  /** "Kontrollera dina svar". */
  | 'check'
  | 'receipt'
  /** Back after sending: the errand is already sent, and is not sent twice. */
  | 'already-sent'
  /** Nothing happened for too long: logged out, what was typed is gone. */
  | 'logged-out';

const stages: readonly Stage[] = ['start', 'login', 'question', 'check', 'receipt', 'already-sent', 'logged-out'];

export interface FieldProblem {
  field: string;
  message: string;
}

export interface EServiceState {
  stage: Stage;
  /** The question page, counted from 0. */
  step: number;
  /** What the learner has typed or chosen, by field id. Secret fields (a PIN) are never here. */
  answers: Record<string, string>;
  /** Secret fields the learner has filled in: shown as chosen, never kept. */
  secrets: string[];
  /** What is wrong on this page since the last "Fortsätt", in the page's order. */
  problems: FieldProblem[];
  /** Counts the tries that found problems, so the error summary takes focus again on each. */
  tries: number;
  /** The page was opened with "Ändra": "Fortsätt" and the back link return to the check page. */
  changing: boolean;
  /** Seconds since the learner last did something. */
  idle: number;
  /** The booking was cancelled from the receipt. */
  cancelled: boolean;
  /** The learner's choices so far, as stable ids, for the outcome. */
  choices: string[];
}

export type EServiceAction =
  | { type: 'start' }
  | { type: 'logged-in' }
  | { type: 'type'; field: string; value: string }
  /**
   * A key pressed in a secret field (a PIN): activity like typing in any
   * other field, so the learner is not warned while typing it. It carries no
   * text: the secret stays in its page and never reaches the state.
   */
  | { type: 'type-secret'; field: string }
  /** `secrets`: the secret fields' text, checked and then forgotten. `today`: YYYY-MM-DD. */
  | { type: 'continue'; today: string; secrets?: Readonly<Record<string, string>> }
  | { type: 'back' }
  | { type: 'change'; step: number }
  | { type: 'send' }
  | { type: 'show-receipt' }
  | { type: 'stay' }
  | { type: 'tick' }
  | { type: 'cancel-booking' };

export function initialState(): EServiceState {
  return { stage: 'start', step: 0, answers: {}, secrets: [], problems: [], tries: 0, changing: false, idle: 0, cancelled: false, choices: [] };
}

/** Whether the learner is logged in and filling in, so the session's clock runs. */
export function clockRunning(state: EServiceState): boolean {
  return state.stage === 'question' || state.stage === 'check';
}

/** Whether "Du loggas snart ut" is shown. */
export function warningShown(scenario: EServiceScenario, state: EServiceState): boolean {
  return clockRunning(state) && state.idle >= scenario.idle.after;
}

/** Seconds left before the learner is logged out, once the warning is shown. */
export function secondsLeft(scenario: EServiceScenario, state: EServiceState): number {
  return Math.max(0, scenario.idle.after + scenario.idle.warning - state.idle);
}

export function isEnd(state: EServiceState): boolean {
  return state.stage === 'receipt' || state.stage === 'already-sent' || state.stage === 'logged-out';
}

/** Days from 1970-01-01 of a YYYY-MM-DD date that exists in the calendar, else undefined. */
export function dayNumber(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

function breaks(rule: EServiceRule, value: string, answers: Readonly<Record<string, string>>, today: string): boolean {
  const trimmed = value.trim();
  switch (rule.check) {
    case 'required':
      return trimmed === '';
    case 'digits':
      return !new RegExp(`^\\d{${Number(rule.value)}}$`).test(trimmed.replace(/\s/g, ''));
    case 'email':
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed);
    case 'max-length':
      return trimmed.length > Number(rule.value);
    case 'date':
      return dayNumber(trimmed) === undefined;
    case 'not-before':
    case 'not-after': {
      const day = dayNumber(trimmed);
      const now = dayNumber(today);
      if (day === undefined || now === undefined) return false;
      return rule.check === 'not-before' ? day < now + Number(rule.value) : day > now + Number(rule.value);
    }
    case 'same-as':
      return value !== (answers[String(rule.value)] ?? '');
  }
}

/** What is wrong with one field's answer: the message of the first rule it breaks. An empty optional field is fine. */
export function fieldProblem(field: EServiceField, value: string, answers: Readonly<Record<string, string>>, today: string): string | undefined {
  if (field.optional && value.trim() === '') return undefined;
  return field.rules.find((rule) => breaks(rule, value, answers, today))?.message;
}

/** What is wrong on a question page, in the page's order. */
export function pageProblems(scenario: EServiceScenario, step: number, answers: Readonly<Record<string, string>>, today: string): FieldProblem[] {
  const page = scenario.steps[step];
  if (!page) return [];
  return page.fields.flatMap((field) => {
    const message = fieldProblem(field, answers[field.id] ?? '', answers, today);
    return message === undefined ? [] : [{ field: field.id, message }];
  });
}

function secretIds(scenario: EServiceScenario): Set<string> {
  return new Set(scenario.steps.flatMap((page) => page.fields.filter((field) => field.type === 'secret').map((field) => field.id)));
}

/** Only what a choice field chose is kept after sending: the receipt names it; nothing typed stays. */
function choicesOnly(scenario: EServiceScenario, answers: Readonly<Record<string, string>>): Record<string, string> {
  const choiceIds = new Set(scenario.steps.flatMap((page) => page.fields.filter((field) => field.type === 'choice').map((field) => field.id)));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => choiceIds.has(id)));
}

function afterContinue(scenario: EServiceScenario, state: EServiceState, action: Extract<EServiceAction, { type: 'continue' }>): EServiceState {
  const page = scenario.steps[state.step];
  if (!page) return state;
  const secret = secretIds(scenario);
  const pageSecrets = Object.fromEntries(page.fields.filter((field) => secret.has(field.id)).map((field) => [field.id, action.secrets?.[field.id] ?? '']));
  const problems = pageProblems(scenario, state.step, { ...state.answers, ...pageSecrets }, action.today);
  if (problems.length > 0) {
    return { ...state, problems, tries: state.tries + 1, idle: 0, choices: [...state.choices, `problems:${page.id}`] };
  }
  const filled = page.fields.filter((field) => secret.has(field.id) && (pageSecrets[field.id] ?? '') !== '').map((field) => field.id);
  const secrets = [...state.secrets.filter((id) => !page.fields.some((field) => field.id === id)), ...filled];
  const last = state.step === scenario.steps.length - 1;
  const next = state.changing || last ? { stage: 'check' as const, step: state.step } : { stage: 'question' as const, step: state.step + 1 };
  return { ...state, ...next, secrets, problems: [], changing: false, idle: 0, choices: [...state.choices, `continue:${page.id}`] };
}

function afterBack(scenario: EServiceScenario, state: EServiceState): EServiceState {
  const moved = { ...state, problems: [], idle: 0 };
  if (state.stage === 'question' && state.changing) return { ...moved, stage: 'check', changing: false };
  if (state.stage === 'question' && state.step > 0) return { ...moved, step: state.step - 1 };
  if (state.stage === 'check') return { ...moved, stage: 'question', step: scenario.steps.length - 1 };
  if (state.stage === 'receipt') return { ...state, stage: 'already-sent', choices: [...state.choices, 'back-after-send'] };
  return state;
}

/** The rules: the next state. An action that does not fit the stage changes nothing. */
export function step(scenario: EServiceScenario, state: EServiceState, action: EServiceAction): EServiceState {
  const filling = clockRunning(state);
  // Once the warning is up, only "Stanna kvar" (or the time running out) does anything: the page behind it is inert.
  if (filling && warningShown(scenario, state) && action.type !== 'stay' && action.type !== 'tick') return state;
  switch (action.type) {
    case 'start':
      return state.stage === 'start' ? { ...state, stage: 'login', choices: [...state.choices, 'start'] } : state;
    case 'logged-in':
      return state.stage === 'login' ? { ...state, stage: 'question', step: 0, idle: 0, choices: [...state.choices, 'logged-in'] } : state;
    case 'type': {
      if (state.stage !== 'question' || secretIds(scenario).has(action.field)) return state;
      if (!scenario.steps[state.step]?.fields.some((field) => field.id === action.field)) return state;
      return { ...state, answers: { ...state.answers, [action.field]: action.value }, idle: 0 };
    }
    case 'type-secret': {
      if (state.stage !== 'question' || !secretIds(scenario).has(action.field)) return state;
      if (!scenario.steps[state.step]?.fields.some((field) => field.id === action.field)) return state;
      return { ...state, idle: 0 };
    }
    case 'continue':
      return state.stage === 'question' ? afterContinue(scenario, state, action) : state;
    case 'back':
      return afterBack(scenario, state);
    case 'change':
      if (state.stage !== 'check' || !scenario.steps[action.step]) return state;
      return { ...state, stage: 'question', step: action.step, changing: true, problems: [], idle: 0, choices: [...state.choices, `change:${scenario.steps[action.step]?.id ?? ''}`] };
    case 'send':
      // The check page is the only place to send from: a second send finds the receipt instead.
      if (state.stage !== 'check') return state;
      return { ...state, stage: 'receipt', answers: choicesOnly(scenario, state.answers), secrets: [], idle: 0, choices: [...state.choices, 'sent'] };
    case 'show-receipt':
      return state.stage === 'already-sent' ? { ...state, stage: 'receipt' } : state;
    case 'stay':
      return filling ? { ...state, idle: 0, choices: warningShown(scenario, state) ? [...state.choices, 'stayed'] : state.choices } : state;
    case 'tick': {
      if (!filling) return state;
      const idle = state.idle + 1;
      if (idle >= scenario.idle.after + scenario.idle.warning) {
        return { ...initialState(), stage: 'logged-out', choices: [...state.choices, 'logged-out'] };
      }
      return { ...state, idle };
    }
    case 'cancel-booking':
      return state.stage === 'receipt' && scenario.receipt.cancel && !state.cancelled ? { ...state, cancelled: true, choices: [...state.choices, 'cancelled-booking'] } : state;
  }
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A place kept from earlier in this browser session, or undefined when it does not fit this scenario. */
export function restoreState(saved: unknown, scenario: EServiceScenario): EServiceState | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const place = saved as Record<string, unknown>;
  const { stage, step: page, answers, secrets, problems, tries, changing, idle, cancelled, choices } = place;
  if (!stages.includes(stage as Stage) || !isCount(page) || page >= scenario.steps.length) return undefined;
  if (!isStringRecord(answers) || !isStringList(secrets) || !isStringList(choices) || !isCount(tries) || !isCount(idle)) return undefined;
  if (typeof changing !== 'boolean' || typeof cancelled !== 'boolean' || !Array.isArray(problems)) return undefined;
  const fieldIds = new Set(scenario.steps.flatMap((one) => one.fields.map((field) => field.id)));
  const secret = secretIds(scenario);
  if (Object.keys(answers).some((id) => !fieldIds.has(id) || secret.has(id))) return undefined;
  const goodProblems = problems.every((item) => isStringRecord(item) && typeof item.field === 'string' && typeof item.message === 'string' && fieldIds.has(item.field));
  if (!goodProblems) return undefined;
  return { stage: stage as Stage, step: page, answers, secrets, problems: problems as FieldProblem[], tries, changing, idle, cancelled, choices };
}
