import { definePracticeView } from '../host/index.ts';
import { initialState, outcomeOf, restoreState, type SafeBrowsingAction, type SafeBrowsingState, screenOf, shopSigns, step } from './machine.ts';
import type { SafeBrowsingScenario } from './scenario.ts';
import { AddressDrill } from './screens/address-drill.tsx';
import { PadlockDrill } from './screens/padlock-drill.tsx';
import { PassphraseDrill } from './screens/passphrase-drill.tsx';
import type { SafeBrowsingScreenProps, SafeBrowsingStrings } from './screens/screen-props.ts';
import { ShopDrill } from './screens/shop-drill.tsx';
import { WarningDrill } from './screens/warning-drill.tsx';
// Its styles download with the kind, never in a learner's first stylesheet.
import './safe-browsing.css';

/**
 * The safe-browsing drills on the practice host, one drill per scenario
 * (lessons/practice/safe-browsing/): whose address, the padlock pair, the
 * fake shop, the fake virus warning and a passphrase, each in a practice
 * browser window. The grading is in machine.ts; these screens draw and dispatch.
 */
function SafeBrowsingScreens({ scenario, state, dispatch, t, language }: SafeBrowsingScreenProps) {
  const drill = (() => {
    if (scenario.drill === 'address' && state.drill === 'address') return <AddressDrill scenario={scenario} state={state} dispatch={dispatch} t={t} language={language} />;
    if (scenario.drill === 'padlock' && state.drill === 'padlock') return <PadlockDrill scenario={scenario} state={state} dispatch={dispatch} t={t} />;
    if (scenario.drill === 'shop' && state.drill === 'shop') return <ShopDrill scenario={scenario} state={state} dispatch={dispatch} t={t} />;
    if (scenario.drill === 'warning' && state.drill === 'warning') return <WarningDrill scenario={scenario} state={state} dispatch={dispatch} t={t} />;
    if (scenario.drill === 'passphrase' && state.drill === 'passphrase') return <PassphraseDrill scenario={scenario} state={state} dispatch={dispatch} t={t} />;
    return null;
  })();
  return (
    <div className="sb" data-drill={scenario.drill}>
      <p className="sb-task">{scenario.task}</p>
      {drill}
    </div>
  );
}

export default definePracticeView<SafeBrowsingScenario, SafeBrowsingState, SafeBrowsingAction, SafeBrowsingStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: initialState,
  step,
  screen: screenOf,
  // The fake shop's count of signs found is said aloud as it changes; every other screen's heading says what changed.
  screenName: (scenario, state, t) => (scenario.drill === 'shop' && state.drill === 'shop' && !state.finished ? t('shop.found', { count: state.found.length, total: shopSigns(scenario).length }) : undefined),
  outcome: outcomeOf,
  restore: restoreState,
  Screen: SafeBrowsingScreens,
});
