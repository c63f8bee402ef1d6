import { type FormEvent, type ReactNode, useEffect, useId, useReducer, useRef, useState } from 'react';
import type { EIdScenario, PracticeProps } from '../../content/index.ts';
import { loadPracticeScenario } from '../../content/practice-scenarios.ts';
import { useTranslation } from '../../i18n/index.ts';
import { Button } from '../../ui/index.ts';
import { type EIdAction, type EIdState, type EndStage, initialState, isEnd, isOnCall, isOrderOpen, qrFrame, reachedGoal, secondsLeft, step, wrongCodesAllowed } from './machine.ts';
import { looksLikePersonalNumber } from './personal-number.ts';
import { PracticeQr, practicePayload } from './qr.tsx';
import { type EIdT, eIdStringsFor } from './strings.ts';
// With the practice's chunk, not every learner's first stylesheet: Vite's loader fetches it before this code runs.
import './e-id-practice.css';

type Loaded = { status: 'loading' } | { status: 'ready'; scenario: EIdScenario; t: EIdT } | { status: 'failed' };

/**
 * The practice e-ID ("Övnings-ID"): a pretend service page and a simulated
 * phone, played from a scenario in lessons/practice/e-id/. It downloads its
 * scenario and strings when it is shown, keeps everything typed in memory
 * only, and tells the lesson how it ended through `onOutcome`.
 */
export function EIdPractice({ scenario: { id }, language, onOutcome }: PracticeProps) {
  const { i18n, t: playerT } = useTranslation('player');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    Promise.all([loadPracticeScenario(language, 'e-id', id), eIdStringsFor(i18n, language)]).then(
      ([scenario, t]) => current && setLoaded(scenario ? { status: 'ready', scenario, t } : { status: 'failed' }),
      () => current && setLoaded({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [i18n, language, id]);

  if (loaded.status === 'loading') return <p aria-busy="true">{playerT('practice.loading')}</p>;
  if (loaded.status === 'failed') throw new Error(`The practice e-ID scenario ${language}/${id} could not be loaded.`);
  return <EIdSession key={round} scenario={loaded.scenario} t={loaded.t} onOutcome={onOutcome} onStartOver={() => setRound((count) => count + 1)} focusOnStart={round > 0} />;
}

interface SessionProps {
  scenario: EIdScenario;
  t: EIdT;
  onOutcome: PracticeProps['onOutcome'];
  onStartOver(): void;
  focusOnStart: boolean;
}

function prefersStillness(): boolean {
  return document.documentElement.dataset.motion === 'reduced' || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** One go at the scenario, from its first screen to an end; "Börja om" starts a fresh one. */
function EIdSession({ scenario, t, onOutcome, onStartOver, focusOnStart }: SessionProps) {
  const [state, dispatch] = useReducer((current: EIdState, action: EIdAction) => step(scenario, current, action), scenario, initialState);
  const root = useRef<HTMLDivElement>(null);
  const name = t('name');

  // A new screen: focus its heading, so keyboard and screen reader users land on what changed.
  // After "Börja om" the first screen's heading takes focus; on the first visit nothing moves.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      if (!focusOnStart) return;
    }
    (root.current?.querySelector<HTMLElement>('[data-focus-here]') ?? root.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [state.stage, focusOnStart]);

  // The order's clock: a tick every second while it is open and not paused.
  const running = isOrderOpen(state) && !state.paused;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  // Every end is reported once, with the choices that led there.
  const reported = useRef(false);
  useEffect(() => {
    if (!isEnd(state.stage) || reported.current) return;
    reported.current = true;
    onOutcome({ kind: 'e-id', scenario: scenario.id, done: reachedGoal(scenario, state.stage), choices: state.choices });
  }, [state.stage, state.choices, scenario, onOutcome]);

  const chooseWay = (way: 'this-device' | 'other-device') => {
    dispatch({ type: 'choose-way', way });
    // With less movement asked for, the code starts still.
    if (way === 'other-device' && prefersStillness()) dispatch({ type: 'pause' });
  };

  return (
    <div ref={root} className="eid" data-stage={state.stage}>
      <p className="eid-banner">
        <strong>{t('banner')}</strong>
      </p>
      <p className="eid-task">{scenario.task}</p>
      <div className="eid-stage">
        <ServicePage scenario={scenario} state={state} t={t} dispatch={dispatch} chooseWay={chooseWay} />
        <section className="eid-phone" aria-label={t('phone.label')}>
          <div className="eid-phone-screen">
            <PhoneScreen scenario={scenario} state={state} t={t} dispatch={dispatch} name={name} />
          </div>
        </section>
      </div>
      {isEnd(state.stage) && <Feedback scenario={scenario} stage={state.stage} t={t} />}
      <div className="eid-start-over">
        <Button variant="secondary" onClick={onStartOver}>
          {isEnd(state.stage) && !reachedGoal(scenario, state.stage) ? t('tryAgain') : t('startOver')}
        </Button>
      </div>
    </div>
  );
}

interface ScreenProps {
  scenario: EIdScenario;
  state: EIdState;
  t: EIdT;
  dispatch(action: EIdAction): void;
}

/** A heading that takes focus when its screen appears. */
function ScreenHeading({ level = 2, children }: { level?: 2 | 3; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag tabIndex={-1} data-focus-here="" className="eid-heading">
      {children}
    </Tag>
  );
}

function TimeLeft({ scenario, state, t }: Omit<ScreenProps, 'dispatch'>) {
  const left = secondsLeft(scenario, state);
  return <p className="eid-time">{t('service.timeLeft', { minutes: Math.floor(left / 60), seconds: left % 60 })}</p>;
}

/** The pretend service: its login (or signing) page, the QR code, and what it shows at the end. */
function ServicePage({ scenario, state, t, dispatch, chooseWay }: ScreenProps & { chooseWay(way: 'this-device' | 'other-device'): void }) {
  const name = t('name');
  const headingId = useId();
  const [large, setLarge] = useState(false);
  const { stage } = state;
  const sign = scenario.action === 'sign';

  let body: ReactNode;
  if (scenario.call) {
    body = <p>{t('service.noLogin')}</p>;
  } else if (stage === 'choose-way') {
    body = (
      <>
        {sign && <p className="eid-document">{scenario.intent}</p>}
        <h3>{sign ? t('service.signWith', { name }) : t('service.loginWith', { name })}</h3>
        <p>{t('service.noPersonalNumber')}</p>
        <div className="eid-actions">
          <Button onClick={() => chooseWay('this-device')}>{t('service.thisDevice', { name })}</Button>
          <Button onClick={() => chooseWay('other-device')}>{t('service.otherDevice', { name })}</Button>
        </div>
      </>
    );
  } else if (stage === 'qr') {
    body = (
      <>
        <ScreenHeading level={3}>{t('qr.heading')}</ScreenHeading>
        <p>{t('qr.instruction', { name })}</p>
        <PracticeQr text={practicePayload(scenario.id, qrFrame(state))} label={t('qr.alt')} large={large} />
        <p>{state.paused ? t('qr.paused') : t('qr.changes')}</p>
        <div className="eid-actions">
          <Button variant="secondary" onClick={() => dispatch({ type: state.paused ? 'resume' : 'pause' })}>
            {state.paused ? t('qr.resume') : t('qr.pause')}
          </Button>
          <Button variant="secondary" onClick={() => setLarge((value) => !value)}>
            {large ? t('qr.shrink') : t('qr.enlarge')}
          </Button>
        </div>
        <p className="eid-note">{t('qr.realOnes')}</p>
        <TimeLeft scenario={scenario} state={state} t={t} />
        <Button variant="secondary" onClick={() => dispatch({ type: 'cancel' })}>
          {t('qr.cancel')}
        </Button>
      </>
    );
  } else if (isOrderOpen(state)) {
    body = (
      <>
        <p>{t('service.waiting', { name })}</p>
        <TimeLeft scenario={scenario} state={state} t={t} />
        {state.paused && <p>{t('service.clockStopped')}</p>}
        <Button variant="secondary" onClick={() => dispatch({ type: state.paused ? 'resume' : 'pause' })}>
          {state.paused ? t('service.resumeClock') : t('service.pauseClock')}
        </Button>
      </>
    );
  } else if (stage === 'logged-in' || stage === 'signed') {
    body = <p className="eid-done">{scenario.done}</p>;
  } else if (stage === 'cancelled') {
    body = <p>{sign ? t('service.cancelledSign') : t('service.cancelled')}</p>;
  } else if (stage === 'timed-out') {
    body = <p>{t('service.timedOut')}</p>;
  } else {
    body = <p>{t('service.failed')}</p>;
  }

  return (
    <section className="eid-service" aria-labelledby={headingId}>
      <p className="eid-service-label">{t('service.label')}</p>
      <h2 id={headingId} tabIndex={-1}>
        {scenario.service}: {scenario.page}
      </h2>
      {body}
    </section>
  );
}

/** The simulated phone: the practice app's screens, and the call in the fraud drill. */
function PhoneScreen({ scenario, state, t, dispatch, name }: ScreenProps & { name: string }) {
  const { stage } = state;
  const call = scenario.call;
  const hangUp = isOnCall(state) ? (
    <Button variant="secondary" className="eid-hang-up" onClick={() => dispatch({ type: 'hang-up' })}>
      {t('phone.hangUp')}
    </Button>
  ) : null;
  const cancel = (
    <Button variant="secondary" onClick={() => dispatch({ type: 'cancel' })}>
      {t('phone.cancel')}
    </Button>
  );

  switch (stage) {
    case 'choose-way':
      return (
        <>
          <h2 className="eid-app-name">{name}</h2>
          <p>{t('phone.idle')}</p>
        </>
      );
    case 'qr':
      return (
        <>
          <h2 className="eid-app-name">{name}</h2>
          <Button onClick={() => dispatch({ type: 'scan' })}>{t('phone.scan')}</Button>
        </>
      );
    case 'ringing':
      return (
        <>
          <ScreenHeading>{t('phone.ringing')}</ScreenHeading>
          <p className="eid-caller">{call?.from}</p>
          <div className="eid-actions">
            <Button onClick={() => dispatch({ type: 'answer-call' })}>{t('phone.answer')}</Button>
            <Button variant="secondary" onClick={() => dispatch({ type: 'decline-call' })}>
              {t('phone.decline')}
            </Button>
          </div>
        </>
      );
    case 'call':
      return (
        <>
          <ScreenHeading>{t('phone.onCallWith', { from: call?.from ?? '' })}</ScreenHeading>
          <p>{t('phone.callerSays')}</p>
          <ul className="eid-caller-says">
            {call?.says.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ul>
          <div className="eid-actions">
            <Button variant="secondary" onClick={() => dispatch({ type: 'open-app' })}>
              {t('phone.openApp', { name })}
            </Button>
            {hangUp}
          </div>
        </>
      );
    case 'on-call':
      return (
        <>
          <p className="eid-app-name">{name}</p>
          <ScreenHeading>{t('phone.onCallQuestion')}</ScreenHeading>
          <div className="eid-actions">
            <Button variant="secondary" onClick={() => dispatch({ type: 'on-call', answer: 'yes' })}>
              {t('phone.yes')}
            </Button>
            <Button variant="secondary" onClick={() => dispatch({ type: 'on-call', answer: 'no' })}>
              {t('phone.no')}
            </Button>
            {cancel}
          </div>
          {hangUp}
        </>
      );
    case 'who-called':
      return (
        <>
          <p className="eid-app-name">{name}</p>
          <ScreenHeading>{t('phone.whoCalledQuestion')}</ScreenHeading>
          <div className="eid-actions">
            <Button variant="secondary" onClick={() => dispatch({ type: 'who-called', answer: 'i-called' })}>
              {t('phone.iCalled')}
            </Button>
            <Button variant="secondary" onClick={() => dispatch({ type: 'who-called', answer: 'someone-called-me' })}>
              {t('phone.someoneCalledMe')}
            </Button>
            {cancel}
          </div>
          {hangUp}
        </>
      );
    case 'request':
      return <RequestScreen scenario={scenario} state={state} t={t} dispatch={dispatch} name={name} after={hangUp} />;
    case 'fingerprint':
      return (
        <>
          <p className="eid-app-name">{name}</p>
          <ScreenHeading>{t('phone.fingerprintHeading')}</ScreenHeading>
          <p>{t('phone.fingerprintText')}</p>
          <div className="eid-actions">
            <Button onClick={() => dispatch({ type: 'fingerprint' })}>{t('phone.fingerprint')}</Button>
            <Button variant="secondary" onClick={() => dispatch({ type: 'use-code' })}>
              {t('phone.useCode')}
            </Button>
            {cancel}
          </div>
          {hangUp}
        </>
      );
    default:
      return <EndScreen stage={stage} t={t} name={name} />;
  }
}

/** Who is asking, "Min avsikt:" with the service's text, the security code, approve and cancel. */
function RequestScreen({ scenario, state, t, dispatch, name, after }: ScreenProps & { name: string; after: ReactNode }) {
  const sign = scenario.action === 'sign';
  const fieldId = useId();
  const [code, setCode] = useState('');
  const [showCode, setShowCode] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const personalNumber = looksLikePersonalNumber(code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') {
      setError(t('phone.noCode'));
      input.current?.focus();
      return;
    }
    const wrongBefore = state.wrongCodes;
    dispatch({ type: 'enter-code', code });
    // Nothing typed is kept: the field is emptied after every try.
    setCode('');
    if (code.replace(/\s/g, '') !== scenario.code && wrongBefore + 1 < wrongCodesAllowed) {
      setError(t('phone.wrongCode', { count: wrongCodesAllowed - wrongBefore - 1 }));
      input.current?.focus();
    }
  };

  const describedBy = [`${fieldId}-hint`, error ? `${fieldId}-error` : undefined, personalNumber ? `${fieldId}-note` : undefined].filter(Boolean).join(' ');
  return (
    <>
      <p className="eid-app-name">{name}</p>
      <ScreenHeading>{sign ? t('phone.signHeading') : t('phone.loginHeading')}</ScreenHeading>
      <p className="eid-asking">{sign ? t('phone.askingSign', { service: scenario.service }) : t('phone.asking', { service: scenario.service })}</p>
      <h3 className="eid-intent-heading">{t('phone.intent')}</h3>
      <p className="eid-intent">{scenario.intent}</p>
      <form className="eid-code-form" onSubmit={submit} noValidate>
        <div className={error ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor={fieldId}>
            {t('phone.code')}
          </label>
          <p id={`${fieldId}-hint`} className="field-hint">
            {t('phone.codeHint')}
          </p>
          {error && (
            <p id={`${fieldId}-error`} className="field-error">
              {error}
            </p>
          )}
          <input
            ref={input}
            id={fieldId}
            className="field-input eid-code-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setCode(event.target.value)}
          />
          {personalNumber && (
            <p id={`${fieldId}-note`} className="eid-note" role="status">
              {t('phone.personalNumber')}
            </p>
          )}
        </div>
        {showCode ? (
          <p className="eid-the-code">{t('phone.theCode', { code: scenario.code.split('').join(' ') })}</p>
        ) : (
          <Button variant="secondary" onClick={() => setShowCode(true)}>
            {t('phone.showCode')}
          </Button>
        )}
        <div className="eid-actions">
          <Button type="submit">{sign ? t('phone.approveSign') : t('phone.approveLogin')}</Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'use-fingerprint' })}>
            {t('phone.useFingerprint')}
          </Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'cancel' })}>
            {t('phone.cancel')}
          </Button>
        </div>
      </form>
      {after}
    </>
  );
}

/** What the phone shows at each end. */
function EndScreen({ stage, t, name }: { stage: EndStage; t: EIdT; name: string }) {
  const screens: Record<EndStage, [string, string | undefined]> = {
    'logged-in': [t('end.loggedIn'), undefined],
    signed: [t('end.signed'), undefined],
    cancelled: [t('end.cancelled'), t('end.cancelledText')],
    'timed-out': [t('end.timedOut'), t('end.timedOutText')],
    locked: [t('end.locked', { name }), t('end.lockedText')],
    expired: [t('end.expired', { name }), t('end.expiredText')],
    'fraud-stopped': [t('end.fraudStopped'), t('end.fraudStoppedText', { name })],
    'fraud-refused': [t('end.callEnded'), undefined],
    'fraud-approved': [t('end.fraudApproved'), undefined],
  };
  const [heading, text] = screens[stage];
  return (
    <div className={stage === 'fraud-stopped' ? 'eid-end eid-risk' : 'eid-end'}>
      <p className="eid-app-name">{name}</p>
      <ScreenHeading>{heading}</ScreenHeading>
      {text && <p>{text}</p>}
    </div>
  );
}

/** After the fraud call: what it was, each sign of the fraud, and what to do in real life. */
function Feedback({ scenario, stage, t }: { scenario: EIdScenario; stage: EndStage; t: EIdT }) {
  const call = scenario.call;
  if (!call) return null;
  const verdict = stage === 'fraud-stopped' ? t('feedback.fraudStopped') : stage === 'fraud-approved' ? t('feedback.fraudApproved') : stage === 'fraud-refused' ? t('feedback.fraudRefused') : undefined;
  return (
    <section className="eid-feedback" aria-label={t('feedback.heading')}>
      {verdict && <p className="eid-verdict">{verdict}</p>}
      <h3>{t('feedback.signs')}</h3>
      <ul>
        {call.signs.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      <p>{t('feedback.rightAnswer')}</p>
    </section>
  );
}
