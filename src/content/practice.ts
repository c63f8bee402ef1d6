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
  /** The lesson and step it is on: where the practice keeps the learner's place for the browser session. */
  place: { lessonId: string; stepId: string };
  onOutcome(outcome: PracticeOutcome): void;
}

export type PracticeComponent = ComponentType<PracticeProps>;

/** A kind's component, downloaded when a step first shows a practice of that kind. */
export interface PracticeEntry {
  load(): Promise<PracticeComponent>;
}

/** Practice kind → its component. A kind with no entry is named honestly in the lesson instead. */
export type PracticeRegistry = Readonly<Partial<Record<string, PracticeEntry>>>;

