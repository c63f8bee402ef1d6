import { Component, type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useAnnounce } from '../../a11y/index.ts';
import type { PracticeOutcome } from '../../content/index.ts';
import { type LessonLanguage, useTranslation } from '../../i18n/index.ts';
import { Button } from '../../ui/index.ts';
import { loadScenario } from './load-scenario.ts';
import { PracticeContext, type ViewLoaders } from './practice-context.ts';
import { type LooseT, practiceStrings } from './practice-strings.ts';
import { forgetPlace, keepPlace, readPlace } from './saved-places.ts';
import { usePracticeClock } from './use-practice-clock.ts';
import type { AnyPracticeView, PracticeEnd } from './view-contract.ts';
// The host's styles download with it, on a step that shows a practice.
import './practice-host.css';

export interface PracticeHostProps {
  kind: string;
  view: AnyPracticeView;
  /** Every kind's view, for a kind that uses another's screens. */
  views: ViewLoaders;
  scenarioId: string;
  language: LessonLanguage;
  /** Where the practice's place is kept for the browser session. */
  placeKey: string;
  onOutcome(outcome: PracticeOutcome): void;
  /**
   * A practice inside another's screens (the e-service's login) has no banner
   * of its own: the practice around it already says nothing is real.
   */
  embedded?: boolean;
}

type Loaded = { status: 'loading' } | { status: 'ready'; scenario: unknown; t: { host: LooseT; kind: LooseT } } | { status: 'failed' };

/**
 * The practice host: everything every practice kind shares. It downloads the
 * scenario and the strings, says plainly that nothing here is real, keeps the
 * learner's place for the browser session, runs the clock a kind asks for,
 * moves focus to what changed and announces each new screen, reports each
 * round's outcome once, offers "Börja om", and catches a kind that breaks
 * so the rest of the step keeps working. A kind only draws and dispatches.
 */
export function PracticeHost(props: PracticeHostProps) {
  const { kind, scenarioId, language } = props;
  const { i18n } = useTranslation('player');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all([loadScenario(language, kind, scenarioId), practiceStrings(i18n, kind, props.view.strings, language)]).then(
      ([scenario, t]) => current && setLoaded(scenario === undefined ? { status: 'failed' } : { status: 'ready', scenario, t }),
      () => current && setLoaded({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [i18n, language, kind, scenarioId, props.view.strings]);

  if (loaded.status === 'loading') return <p aria-busy="true">{i18n.getFixedT(language, 'player')('practice.loading')}</p>;
  if (loaded.status === 'failed') throw new Error(`The practice scenario ${language}/${kind}/${scenarioId} could not be loaded.`);
  return <LoadedPractice {...props} scenario={loaded.scenario} t={loaded.t} />;
}

function LoadedPractice({ kind, view, views, scenarioId, language, placeKey, onOutcome, embedded, scenario, t }: PracticeHostProps & { scenario: unknown; t: { host: LooseT; kind: LooseT } }) {
  const [round, setRound] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const context = useMemo(() => ({ views, language, placeKey }), [views, language, placeKey]);

  const startOver = useCallback(() => {
    forgetPlace(placeKey);
    setRound((count) => count + 1);
  }, [placeKey]);

  return (
    <PracticeContext.Provider value={context}>
      <div ref={root} className="practice" data-kind={kind} data-scenario={scenarioId}>
        {!embedded && (
          <p className="practice-banner">
            <strong>{t.host('banner')}</strong>
          </p>
        )}
        <RoundBoundary
          key={round}
          fallback={
            <div className="practice-broken">
              <p>{t.host('broken')}</p>
              <StartOver label={t.host('startOver')} onStartOver={startOver} />
            </div>
          }
        >
          <PracticeRound kind={kind} view={view} scenarioId={scenarioId} scenario={scenario} language={language} placeKey={placeKey} t={t} onOutcome={onOutcome} focusOnStart={round > 0} root={root} onStartOver={startOver} />
        </RoundBoundary>
      </div>
    </PracticeContext.Provider>
  );
}

function StartOver({ label, onStartOver }: { label: string; onStartOver(): void }) {
  return (
    <div className="practice-start-over">
      <Button variant="secondary" onClick={onStartOver}>
        {label}
      </Button>
    </div>
  );
}

interface RoundProps {
  kind: string;
  view: AnyPracticeView;
  scenarioId: string;
  scenario: unknown;
  language: LessonLanguage;
  placeKey: string;
  t: { host: LooseT; kind: LooseT };
  onOutcome(outcome: PracticeOutcome): void;
  focusOnStart: boolean;
  root: { current: HTMLDivElement | null };
  onStartOver(): void;
}

/** Where a round starts: the place kept from earlier in this browser session, if it still fits. */
function firstPlace(view: AnyPracticeView, scenario: unknown, placeKey: string): { state: unknown; reported: boolean } {
  const saved = readPlace(placeKey);
  const restored = saved && view.restore ? view.restore(saved.state, scenario) : undefined;
  return restored === undefined ? { state: view.initial(scenario), reported: false } : { state: restored, reported: saved?.reported ?? false };
}

/** One go at the scenario, from its first screen to an end. */
function PracticeRound({ kind, view, scenarioId, scenario, language, placeKey, t, onOutcome, focusOnStart, root, onStartOver }: RoundProps) {
  const announce = useAnnounce();
  // The kept place is read once, when the round is drawn in the browser (the host never renders on the server:
  // it appears after the practice's code has downloaded).
  const [start] = useState(() => firstPlace(view, scenario, placeKey));
  const [state, dispatch] = useReducer((current: unknown, action: unknown) => view.step(scenario, current, action), start.state);
  const reported = useRef(start.reported);
  const end: PracticeEnd | undefined = view.outcome(scenario, state);

  // Every end is reported once a round, with the choices that led there; a reload does not report it again.
  useEffect(() => {
    if (end && !reported.current) {
      reported.current = true;
      onOutcome({ kind, scenario: scenarioId, done: end.done, choices: end.choices });
    }
    keepPlace(placeKey, { state, reported: reported.current });
  }, [state, end, kind, scenarioId, onOutcome, placeKey]);

  const clock = view.clock;
  usePracticeClock(clock ? clock.running(scenario, state) : false, () => clock && dispatch(clock.tick));

  // A new screen: focus what changed, so keyboard and screen reader users land on it, and say its name.
  // On a round's first screen nothing moves, except after "Börja om", when the practice's heading takes focus.
  const screen = view.screen(state);
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      if (!focusOnStart) return;
    }
    const region = root.current;
    const target = region?.querySelector<HTMLElement>('[data-focus-here]') ?? region?.querySelector<HTMLElement>('h2, h3');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    }
    const name = view.screenName?.(scenario, state, t.kind);
    if (name) announce(name, 'polite');
    // Only a change of screen moves focus; the state changes within a screen do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [screen]);

  const Screen = view.Screen;
  return (
    <>
      <Screen scenario={scenario} state={state} dispatch={dispatch} t={t.kind} language={language} />
      <StartOver label={end && !end.done ? t.host('tryAgain') : t.host('startOver')} onStartOver={onStartOver} />
    </>
  );
}

/** A kind that breaks takes down its round only: the learner can start over, and the step works on. */
class RoundBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { broken: boolean }> {
  override state = { broken: false };

  static getDerivedStateFromError(): { broken: boolean } {
    return { broken: true };
  }

  override render() {
    return this.state.broken ? this.props.fallback : this.props.children;
  }
}
