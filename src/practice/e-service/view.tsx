import type { ReactNode } from 'react';
import { Button } from '../../ui/index.ts';
import { definePracticeView } from '../host/index.ts';
import { clockRunning, type EServiceAction, type EServiceState, initialState, isEnd, restoreState, step } from './machine.ts';
import type { EServiceScenario } from './scenario.ts';
import { CheckPage } from './screens/check-page.tsx';
import { LoginPage } from './screens/login-page.tsx';
import { PageHeading } from './screens/page-heading.tsx';
import { QuestionPage } from './screens/question-page.tsx';
import { ReceiptPage } from './screens/receipt-page.tsx';
import type { EServiceScreenProps, EServiceStrings } from './screens/screen-props.ts';
import { StartPage } from './screens/start-page.tsx';
import { TimeoutDialog } from './screens/timeout-dialog.tsx';
// Its styles download with the kind, never in a learner's first stylesheet.
import './e-service.css';

function AlreadySent({ dispatch, t }: EServiceScreenProps) {
  return (
    <>
      <PageHeading>{t('sent.heading')}</PageHeading>
      <p>{t('sent.text')}</p>
      <Button variant="secondary" onClick={() => dispatch({ type: 'show-receipt' })}>
        {t('sent.show')}
      </Button>
    </>
  );
}

function LoggedOut({ t }: EServiceScreenProps) {
  return (
    <>
      <PageHeading>{t('loggedOut.heading')}</PageHeading>
      <p>{t('loggedOut.text')}</p>
      <p>{t('loggedOut.what')}</p>
    </>
  );
}

const pages: Record<EServiceState['stage'], (props: EServiceScreenProps) => ReactNode> = {
  start: StartPage,
  login: LoginPage,
  question: QuestionPage,
  check: CheckPage,
  receipt: ReceiptPage,
  'already-sent': AlreadySent,
  'logged-out': LoggedOut,
};

/**
 * The practice e-service on the practice host: a pretend public agency's
 * service under an invented name, played from a scenario in
 * lessons/practice/e-service/. Every rule is in machine.ts; these screens
 * draw the state and dispatch.
 */
function EServiceScreens(props: EServiceScreenProps) {
  const { scenario, state, t } = props;
  const Page = pages[state.stage];
  const loggedIn = state.stage === 'question' || state.stage === 'check' || state.stage === 'receipt' || state.stage === 'already-sent';
  return (
    <div className="eservice" data-stage={state.stage}>
      <header className="eservice-header">
        <p className="eservice-label">{t('label')}</p>
        <p className="eservice-agency">{scenario.agency}</p>
        {loggedIn && <p className="eservice-person">{t('loggedInAs', { name: scenario.person.name })}</p>}
      </header>
      <div className="eservice-page">
        {/* A question page keeps its secrets while it is shown, and forgets them when another page comes. */}
        <Page key={state.stage === 'question' ? `question-${state.step}` : state.stage} {...props} />
      </div>
      <TimeoutDialog {...props} />
    </div>
  );
}

export default definePracticeView<EServiceScenario, EServiceState, EServiceAction, EServiceStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: initialState,
  step,
  screen: (state) => (state.stage === 'question' ? `question-${state.step}` : state.stage),
  screenName: (scenario, state, t) => (state.stage === 'question' ? t('question.stepOf', { step: state.step + 1, total: scenario.steps.length }) : undefined),
  outcome: (_scenario, state) => (isEnd(state) ? { done: state.stage !== 'logged-out', choices: state.choices } : undefined),
  clock: { running: (_scenario, state) => clockRunning(state), tick: { type: 'tick' } },
  restore: restoreState,
  Screen: EServiceScreens,
});
