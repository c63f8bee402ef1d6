import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { EServiceAction, EServiceState } from '../machine.ts';
import type { EServiceScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type EServiceStrings = typeof strings;
export type EServiceT = PracticeT<EServiceStrings>;
export type EServiceScreenProps = PracticeScreenProps<EServiceScenario, EServiceState, EServiceAction, EServiceStrings>;
