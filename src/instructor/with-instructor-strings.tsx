import type { ComponentType } from 'react';
import { useUiLanguage } from '../i18n/index.ts';
import { withInstructorStringsIn } from './instructor-strings.ts';

/**
 * A page of the instructor tools, with the `instructor` strings added to the
 * page's language (they come in this chunk). The page's language is always
 * loaded before a page renders, so this never waits.
 */
export function withInstructorStrings<Props extends object>(Page: ComponentType<Props>): ComponentType<Props> {
  return function InstructorStringsGate(props: Props) {
    const language = useUiLanguage();
    return withInstructorStringsIn(language) ? <Page {...props} /> : null;
  };
}
