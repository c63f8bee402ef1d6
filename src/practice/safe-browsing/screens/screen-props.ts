import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { SafeBrowsingAction, SafeBrowsingState } from '../machine.ts';
import type { SafeBrowsingScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type SafeBrowsingStrings = typeof strings;
export type SafeBrowsingT = PracticeT<SafeBrowsingStrings>;
export type SafeBrowsingScreenProps = PracticeScreenProps<SafeBrowsingScenario, SafeBrowsingState, SafeBrowsingAction, SafeBrowsingStrings>;

/** One drill's screen: its own scenario and state, narrowed from the kind's. */
export interface DrillProps<Scenario, State> {
  scenario: Scenario;
  state: State;
  dispatch(action: SafeBrowsingAction): void;
  t: SafeBrowsingT;
}
