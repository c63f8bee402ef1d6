import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { PointerAction, PointerState } from '../machine.ts';
import type { PointerScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type PointerStrings = typeof strings;
export type PointerT = PracticeT<PointerStrings>;

/** A drill's screen: its own scenario type, the state, and whether the learner last used a finger or a pen. */
export interface DrillProps<Drill extends PointerScenario['drill']> {
  scenario: Extract<PointerScenario, { drill: Drill }>;
  state: PointerState;
  dispatch(action: PointerAction): void;
  t: PointerT;
  /** Touch or pen: the drill says "Tryck" instead of "Klicka" and explains the finger's way. */
  touch: boolean;
}

export type PointerScreenProps = PracticeScreenProps<PointerScenario, PointerState, PointerAction, PointerStrings>;
