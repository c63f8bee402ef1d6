import type { PracticeScreenProps, PracticeT } from '../../host/index.ts';
import type { InboxAction, InboxState } from '../machine.ts';
import type { InboxScenario } from '../scenario.ts';
import type strings from '../locales/sv.json';

export type InboxStrings = typeof strings;
export type InboxT = PracticeT<InboxStrings>;
export type InboxScreenProps = PracticeScreenProps<InboxScenario, InboxState, InboxAction, InboxStrings>;
