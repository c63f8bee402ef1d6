/**
 * The contract between the lesson player and the practice simulations. The
 * player draws a `::practice` from a lesson with whatever component the app's
 * registry gives for its kind, loaded only on the step that uses it; the
 * simulation reports back through `onOutcome`. Neither side imports the other:
 * the app hands the registry to the player (see docs/architecture.md).
 */
import type { ComponentType } from 'react';
import type { LessonLanguage } from '../i18n/languages.ts';

/** What the lesson says about one practice: its kind and the scenario it plays. */
export interface PracticeScenario {
  kind: string;
  /** The scenario's id, unique within its kind. */
  id: string;
}

/** How a practice ended, for the learner's progress. */
export interface PracticeOutcome {
  kind: string;
  scenario: string;
  /** True when the learner reached the end of the scenario. */
  done: boolean;
  /** The ids of the choices the learner made, in order. */
  choices: string[];
}

/** What every practice component is given. */
export interface PracticeProps {
  scenario: PracticeScenario;
  /** The lesson's language: the practice speaks it too. */
  language: LessonLanguage;
  onOutcome(outcome: PracticeOutcome): void;
}

export type PracticeComponent = ComponentType<PracticeProps>;

/** A kind's component, downloaded when a step first shows a practice of that kind. */
export interface PracticeEntry {
  load(): Promise<PracticeComponent>;
}

/** Practice kind → its component. A kind with no entry is named honestly in the lesson instead. */
export type PracticeRegistry = Readonly<Partial<Record<string, PracticeEntry>>>;

/**
 * A scenario of the practice e-ID in one language, as the pipeline compiles it
 * from `lessons/practice/e-id/<id>.yaml` (where Swedish and English stand side by side).
 */
export interface EIdScenario {
  id: string;
  /** A login ("Legitimera") or a signing ("Skriv under"). */
  action: 'login' | 'sign';
  /** The way the lesson asks for; the service page offers both, as real ones do. */
  way: 'this-device' | 'other-device';
  /** Who is asking, as the app names it: the pretend service's owner. */
  service: string;
  /** The heading of the pretend service's page. */
  page: string;
  /** What the learner is asked to do, shown above the practice. */
  task: string;
  /** The service's text under the app's fixed heading "Min avsikt:". */
  intent: string;
  /** What the service page says once it has worked. */
  done: string;
  /** The practice security code, as digits. */
  code: string;
  /** How many seconds the order lasts before it runs out (while it is not paused). */
  seconds: number;
  /** The learner's practice e-ID has expired: the app says what to do. */
  expired: boolean;
  /** The fraud-call drill: the phone rings before anything else. */
  call?: EIdCall;
}

export interface EIdCall {
  /** What the phone shows as the caller. */
  from: string;
  /** What the caller says, in order, each with a stable id. */
  says: { id: string; text: string }[];
  /** The signs of fraud the feedback explains, each with a stable id. */
  signs: { id: string; text: string }[];
}

/** The scenario of each practice kind that has one, by kind. */
export interface PracticeScenarioData {
  'e-id': EIdScenario;
}
