import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { KeyboardAction, KeyboardState } from '../machine.ts';
import type { KeyboardScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type KeyboardStrings = typeof strings;
export type KeyboardT = PracticeT<KeyboardStrings>;
export type KeyboardScreenProps = PracticeScreenProps<KeyboardScenario, KeyboardState, KeyboardAction, KeyboardStrings>;

/** A drill's screen, with its own scenario type. */
export interface DrillProps<Drill extends KeyboardScenario['drill']> {
  scenario: Extract<KeyboardScenario, { drill: Drill }>;
  state: KeyboardState;
  dispatch(action: KeyboardAction): void;
  t: KeyboardT;
}

/** Keeps a phone's keyboard and the browser from changing or remembering what is typed. */
export const plainTyping = { autoComplete: 'off', autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false } as const;
