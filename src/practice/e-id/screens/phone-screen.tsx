import { Button } from '../../../ui/index.ts';
import { isOnCall } from '../machine.ts';
import { EndScreen } from './end-screen.tsx';
import { RequestScreen } from './request-screen.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import type { EIdScreenProps } from './screen-props.ts';

/** The simulated phone: the practice app's screens, and the call in the fraud drill. */
export function PhoneScreen(props: EIdScreenProps) {
  const { scenario, state, t, dispatch } = props;
  const name = t('name');
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

  switch (state.stage) {
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
      return <RequestScreen {...props} after={hangUp} />;
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
      return <EndScreen stage={state.stage} t={t} />;
  }
}
