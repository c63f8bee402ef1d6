import { Button, Dialog } from '../../../ui/index.ts';
import { secondsLeft, warningShown } from '../machine.ts';
import type { EServiceScreenProps } from './screen-props.ts';

/**
 * "Du loggas snart ut": the warning before the session ends, with a button
 * that gives the full time again (WCAG 2.2.1). Escape stays too: closing the
 * warning must never be what logs the learner out.
 */
export function TimeoutDialog({ scenario, state, dispatch, t }: EServiceScreenProps) {
  const open = warningShown(scenario, state);
  const left = secondsLeft(scenario, state);
  const stay = () => dispatch({ type: 'stay' });
  return (
    <Dialog open={open} onClose={stay} title={t('timeout.title')} description={t('timeout.text')} className="eservice-timeout">
      <p>{t('timeout.left', { minutes: Math.floor(left / 60), seconds: left % 60 })}</p>
      <Button onClick={stay}>{t('timeout.stay')}</Button>
    </Dialog>
  );
}
