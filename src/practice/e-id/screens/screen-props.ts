import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { EIdAction, EIdState } from '../machine.ts';
import type { EIdScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type EIdStrings = typeof strings;
export type EIdT = PracticeT<EIdStrings>;
export type EIdScreenProps = PracticeScreenProps<EIdScenario, EIdState, EIdAction, EIdStrings>;
