import { useCallback } from 'react';
import type { PracticeOutcome } from '../../../content/index.ts';
import { EmbeddedPractice } from '../../host/index.ts';
import { PageHeading } from './page-heading.tsx';
import type { EServiceScreenProps } from './screen-props.ts';

/** The login: the practice e-ID's own screens and rules, as in the e-ID lessons. The e-service goes on once it says the learner is in. */
export function LoginPage({ scenario, dispatch, t }: EServiceScreenProps) {
  const onEnd = useCallback((outcome: PracticeOutcome) => outcome.done && dispatch({ type: 'logged-in' }), [dispatch]);
  return (
    <>
      <PageHeading>{t('login.heading')}</PageHeading>
      <p>{t('login.intro')}</p>
      <EmbeddedPractice kind="e-id" scenarioId={scenario.login} onEnd={onEnd} />
    </>
  );
}
