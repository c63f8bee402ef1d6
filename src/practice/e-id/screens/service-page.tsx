import { type ReactNode, useId, useState } from 'react';
import { Button } from '../../../ui/index.ts';
import { isOrderOpen, qrFrame, secondsLeft } from '../machine.ts';
import { PracticeQr, practicePayload, preloadPracticeQr } from '../qr.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import type { EIdScreenProps } from './screen-props.ts';

function prefersStillness(): boolean {
  return document.documentElement.dataset.motion === 'reduced' || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

function TimeLeft({ scenario, state, t }: Pick<EIdScreenProps, 'scenario' | 'state' | 't'>) {
  const left = secondsLeft(scenario, state);
  return <p className="eid-time">{t('service.timeLeft', { minutes: Math.floor(left / 60), seconds: left % 60 })}</p>;
}

/** The pretend service: its login (or signing) page, the QR code, and what it shows at the end. */
export function ServicePage({ scenario, state, t, dispatch }: EIdScreenProps) {
  const name = t('name');
  const headingId = useId();
  const [large, setLarge] = useState(false);
  const { stage } = state;
  const sign = scenario.action === 'sign';
  // With less movement asked for, the code starts still.
  const chooseWay = (way: 'this-device' | 'other-device') => dispatch({ type: 'choose-way', way, still: way === 'other-device' && prefersStillness() });

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
          {/* Pointing at or moving to the button starts the QR library's download, so the code is there when it opens. */}
          <Button onClick={() => chooseWay('other-device')} onFocus={preloadPracticeQr} onPointerEnter={preloadPracticeQr}>
            {t('service.otherDevice', { name })}
          </Button>
        </div>
      </>
    );
  } else if (stage === 'qr') {
    body = (
      <>
        <ScreenHeading level={3}>{t('qr.heading')}</ScreenHeading>
        <p>{t('qr.instruction', { name })}</p>
        <PracticeQr
          text={practicePayload(scenario.id, qrFrame(state))}
          label={t('qr.alt')}
          large={large}
          loadingText={t('qr.loading')}
          failedText={t('qr.failed')}
          retryText={t('qr.retry')}
        />
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
