import type { EndStage } from '../machine.ts';
import type { EIdScenario } from '../scenario.ts';
import type { EIdT } from './screen-props.ts';

/** After the fraud call: what it was, each sign of the fraud, and what to do in real life. */
export function Feedback({ scenario, stage, t }: { scenario: EIdScenario; stage: EndStage; t: EIdT }) {
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
