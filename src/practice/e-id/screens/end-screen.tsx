import type { EndStage } from '../machine.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { EIdT } from './screen-props.ts';

/** What the phone shows at each end. */
export function EndScreen({ stage, t }: { stage: EndStage; t: EIdT }) {
  const name = t('name');
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
