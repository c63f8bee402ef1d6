import { definePracticeView } from '../host/index.ts';
import { clockRunning, type EIdAction, type EIdState, initialState, isEnd, reachedGoal, restoreState, step } from './machine.ts';
import type { EIdScenario } from './scenario.ts';
import { Feedback } from './screens/feedback.tsx';
import { PhoneScreen } from './screens/phone-screen.tsx';
import type { EIdScreenProps, EIdStrings } from './screens/screen-props.ts';
import { ServicePage } from './screens/service-page.tsx';
// Its styles download with the kind, never in a learner's first stylesheet.
import './e-id.css';

/**
 * The practice e-ID ("Övnings-ID") on the practice host: a pretend service
 * page and a simulated phone, played from a scenario in lessons/practice/e-id/.
 * Every rule is in machine.ts; these screens draw the state and dispatch.
 */
function EIdScreens({ scenario, state, dispatch, t, language }: EIdScreenProps) {
  const props = { scenario, state, dispatch, t, language };
  return (
    <div className="eid" data-stage={state.stage}>
      <p className="eid-task">{scenario.task}</p>
      <div className="eid-stage">
        <ServicePage {...props} />
        <section className="eid-phone" aria-label={t('phone.label')}>
          <div className="eid-phone-screen">
            <PhoneScreen {...props} />
          </div>
        </section>
      </div>
      {isEnd(state.stage) && <Feedback scenario={scenario} stage={state.stage} t={t} />}
    </div>
  );
}

export default definePracticeView<EIdScenario, EIdState, EIdAction, EIdStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: initialState,
  step,
  screen: (state) => state.stage,
  outcome: (scenario, state) => (isEnd(state.stage) ? { done: reachedGoal(scenario, state.stage), choices: state.choices } : undefined),
  clock: { running: (_scenario, state) => clockRunning(state), tick: { type: 'tick' } },
  restore: restoreState,
  Screen: EIdScreens,
});
