import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/index.ts';
import { gradeMessage, messageById } from '../machine.ts';
import type { InboxMessage } from '../scenario.ts';
import { type SignId, signIds, weakSigns } from '../signs.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps, InboxT } from './screen-props.ts';

/** The name of a sign, with "(svagt tecken)" after the weak ones. */
export function signName(sign: SignId, t: InboxT): string {
  return weakSigns.has(sign) ? `${t(`signs.${sign}`)} ${t('report.weak')}` : t(`signs.${sign}`);
}

/** Reporting a message: the learner ticks the signs they see, strongest first, the weak ones last and called weak. */
export function ReportForm({ scenario, dispatch, t, id }: InboxScreenProps & { id: string }) {
  const [ticked, setTicked] = useState<SignId[]>([]);
  const message = messageById(scenario, id);
  if (!message) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'report', id, signs: ticked });
  };
  return (
    <form className="inbox-report" onSubmit={submit} aria-label={t('report.heading')}>
      <ScreenHeading>{t('report.heading')}</ScreenHeading>
      <p>{message.subject}</p>
      <fieldset>
        <legend>{t('report.question')}</legend>
        {signIds.map((sign) => (
          <div key={sign} className="inbox-check">
            <input
              type="checkbox"
              id={`inbox-sign-${sign}`}
              checked={ticked.includes(sign)}
              onChange={(event) => setTicked((current) => (event.target.checked ? [...current, sign] : current.filter((one) => one !== sign)))}
            />
            <label htmlFor={`inbox-sign-${sign}`}>{signName(sign, t)}</label>
          </div>
        ))}
      </fieldset>
      <div className="inbox-actions">
        <Button type="submit">{t('report.send')}</Button>
        <Button variant="secondary" onClick={() => dispatch({ type: 'back' })}>
          {t('report.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Each sign of a fraudulent message, strongest first: found or missed, and what it means here. */
export function SignList({ message, state, t, graded = true }: { message: InboxMessage; state: InboxScreenProps['state']; t: InboxT; graded?: boolean }) {
  const grade = gradeMessage(message, state);
  return (
    <ul className="inbox-signs">
      {grade.signs.map((result) => (
        <li key={result.sign} className={graded ? (result.found ? 'inbox-sign-found' : 'inbox-sign-missed') : undefined}>
          {graded && <strong>{result.found ? t('report.found') : t('report.missed')} </strong>}
          <strong>{signName(result.sign, t)}.</strong> {result.text}
        </li>
      ))}
    </ul>
  );
}

/** After a report: was it a fraud, each sign found or missed, and what to do in real life. */
export function Reported({ scenario, state, dispatch, t, id }: InboxScreenProps & { id: string }) {
  const message = messageById(scenario, id);
  if (!message) return null;
  const grade = gradeMessage(message, state);
  return (
    <section className="inbox-reported" aria-label={t('report.reportedHeading')}>
      <ScreenHeading>{t('report.reportedHeading')}</ScreenHeading>
      <p>{t('report.movedToJunk')}</p>
      {message.fraud ? (
        <>
          <p className="inbox-verdict">{t('report.rightFraud')}</p>
          <p>{t('report.signsThere')}</p>
          <SignList message={message} state={state} t={t} />
          <p>{t('report.whatToDo')}</p>
        </>
      ) : (
        <>
          <p className="inbox-verdict">{t('report.wasReal')}</p>
          {message.real && <p>{message.real}</p>}
          {!state.ended && (
            <Button variant="secondary" onClick={() => dispatch({ type: 'move', id: message.id, folder: 'inbox' })}>
              {t('message.toInbox')}
            </Button>
          )}
        </>
      )}
      {grade.extra.length > 0 && <p>{t('report.extra', { signs: grade.extra.map((sign) => t(`signs.${sign}`)).join(', ') })}</p>}
      <Button variant="secondary" onClick={() => dispatch({ type: 'back' })}>
        {t('message.back', { folder: t('folders.inbox') })}
      </Button>
    </section>
  );
}

/** Following a fraudulent link (or opening its attachment) lands here: calm, with the signs that were there, and a way back. */
export function Oops({ scenario, state, dispatch, t, id, link }: InboxScreenProps & { id: string; link: string }) {
  const message = messageById(scenario, id);
  if (!message) return null;
  const target = message.links.find((one) => one.id === link);
  const attachment = link === 'attachment' ? message.attachment?.name : undefined;
  return (
    <section className="inbox-oops" aria-label={message.fraud ? t('oops.heading') : t('message.links')}>
      {message.fraud ? (
        <>
          <ScreenHeading>{t('oops.heading')}</ScreenHeading>
          <p>{t('oops.calm')}</p>
          {target && (
            <p>
              {t('oops.link', { address: target.address })}
            </p>
          )}
          {attachment && <p>{t('oops.attachment', { name: attachment })}</p>}
          <p>{t('oops.signs')}</p>
          <SignList message={message} state={state} t={t} graded={false} />
          <p>{t('report.whatToDo')}</p>
        </>
      ) : (
        <>
          <ScreenHeading>{target ? target.text : attachment}</ScreenHeading>
          <p>{target ? t('oops.realLink', { address: target.address }) : t('oops.realAttachment', { name: attachment ?? '' })}</p>
        </>
      )}
      <Button onClick={() => dispatch({ type: 'back' })}>{t('oops.back')}</Button>
    </section>
  );
}
