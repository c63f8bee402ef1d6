/**
 * The contract between the practice host and a practice kind's view. A kind
 * is pure rules plus screens: the host holds the learner's place (the
 * state), runs the clock the kind asks for, moves focus and announces each
 * new screen, reports the outcome once, and keeps the place for the browser
 * session. The kind draws the state and says what the learner did
 * (`dispatch`); it keeps no state of its own that matters for its place.
 */
import type { ComponentType } from 'react';
import type { LessonLanguage } from '../../i18n/index.ts';

/** How a round of practice ended, as the kind judges it. */
export interface PracticeEnd {
  /** True when the learner reached what the scenario is there to practise. */
  done: boolean;
  /** The learner's choices as stable ids, in order, for the learner's progress. */
  choices: string[];
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

/** Every key of a strings file, `group.key`, with i18next's plural suffixes folded into one key. */
export type StringKey<Strings, Prefix extends string = ''> = {
  [Key in keyof Strings & string]: Strings[Key] extends string ? WithoutPlural<`${Prefix}${Key}`> : StringKey<Strings[Key], `${Prefix}${Key}.`>;
}[keyof Strings & string];

/** A kind's strings in the practice's language, checked against its Swedish file. */
export type PracticeT<Strings> = (key: StringKey<Strings>, values?: Readonly<Record<string, string | number>>) => string;

/** Strings files by path, ending in `/<language>.json`, each loaded on demand. */
export type StringFiles = Readonly<Record<string, () => Promise<{ default: Record<string, unknown> }>>>;

/** What the host gives a kind's screens. */
export interface PracticeScreenProps<Scenario, State, Action, Strings> {
  scenario: Scenario;
  state: State;
  dispatch(action: Action): void;
  t: PracticeT<Strings>;
  /** The lesson's language: the practice speaks it. */
  language: LessonLanguage;
}

/** A practice kind's browser side: `src/practice/<kind>/view.tsx` exports one as its default. */
export interface PracticeView<Scenario, State, Action, Strings> {
  /**
   * The kind's strings, one file per lesson language, downloaded with the
   * practice: `import.meta.glob('./locales/*.json')` in the kind's view.
   */
  strings: StringFiles;
  /** The first state of a round. */
  initial(scenario: Scenario): State;
  /** The rules: the next state. An action that does not fit changes nothing. */
  step(scenario: Scenario, state: State, action: Action): State;
  /** Which screen the learner is on. When it changes, the host moves focus to it and announces it. */
  screen(state: State): string;
  /** What to announce, politely, when a screen comes; nothing when the screen's own heading says it. */
  screenName?(scenario: Scenario, state: State, t: PracticeT<Strings>): string | undefined;
  /** How the round ended, once it has; undefined while it goes on. Reported to the lesson once per round. */
  outcome(scenario: Scenario, state: State): PracticeEnd | undefined;
  /**
   * A clock: `tick` is dispatched every second while `running` says so, the tab
   * is shown and the learner has not paused (a kind offers its own pause in its state).
   */
  clock?: { running(scenario: Scenario, state: State): boolean; tick: Action };
  /**
   * Reads a place kept from earlier in this browser session back, or undefined
   * when it does not fit this scenario (then the round starts afresh). A kind
   * without it starts afresh on every reload.
   */
  restore?(saved: unknown, scenario: Scenario): State | undefined;
  /** Draws the state. */
  Screen: ComponentType<PracticeScreenProps<Scenario, State, Action, Strings>>;
}

/**
 * Any kind's view, as the host handles it: the host never looks inside a
 * kind's scenario, state or actions, it only hands back what the kind gave it.
 */
export type AnyPracticeView = PracticeView<unknown, unknown, unknown, unknown>;

/** Keeps a view's types exact where it is written. */
export function definePracticeView<Scenario, State, Action, Strings>(view: PracticeView<Scenario, State, Action, Strings>): PracticeView<Scenario, State, Action, Strings> {
  return view;
}

/** What a kind's view module exports. */
export interface PracticeViewModule {
  // Each kind's view has its own types; the host erases them at this one boundary (see AnyPracticeView).
  default: object;
}
