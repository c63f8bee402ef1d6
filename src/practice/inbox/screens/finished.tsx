import { grade, messageById, sendMistake } from '../machine.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps } from './screen-props.ts';

/** How the round went: what was done, what was found and what was missed, from the pure grading. */
export function Finished({ scenario, state, t, focus }: InboxScreenProps & { focus: boolean }) {
  const result = grade(scenario, state);
  const mistake = sendMistake(scenario, state);
  const fraudTotal = scenario.messages.filter((message) => message.fraud).length;
  const subject = (id: string) => messageById(scenario, id)?.subject ?? id;
  const { goal } = scenario;
  return (
    <section className="inbox-finished" aria-label={t('finished.heading')}>
      {focus ? <ScreenHeading>{t('finished.heading')}</ScreenHeading> : <h3 className="inbox-heading">{t('finished.heading')}</h3>}
      {(goal.type === 'reply' || goal.type === 'write') && state.sent.length > 0 && <p>{t('finished.sent')}</p>}
      {mistake && <p className="inbox-verdict">{t(`finished.mistakes.${mistake}`)}</p>}
      {(goal.type === 'find-fraud' || goal.type === 'mailbox') && (
        <>
          <p>{t('finished.caught', { count: result.caught.length, total: fraudTotal })}</p>
          {goal.type === 'mailbox' && <p>{state.documents.includes(goal.letter) ? t('finished.document') : t('finished.noDocument')}</p>}
          <ul>
            {result.missed.map((id) => (
              <li key={id}>{t('finished.missed', { subject: subject(id) })}</li>
            ))}
            {result.wronglyReported.map((id) => (
              <li key={id}>
                {t('finished.wronglyReported', { subject: subject(id) })} {messageById(scenario, id)?.real}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.done && <p className="inbox-done">{scenario.done}</p>}
    </section>
  );
}
