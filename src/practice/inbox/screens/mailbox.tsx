import { Button } from '../../../ui/index.ts';
import { usePracticeLetters } from '../../host/index.ts';
import { errandLetterPrefix, isUnread } from '../machine.ts';
import type { InboxLetter } from '../scenario.ts';
import { Parts } from './parts.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps } from './screen-props.ts';

interface ShownLetter extends InboxLetter {
  fromErrand: boolean;
  reference?: string;
}

/** The scenario's letters, and, when the scenario lets them in, the letters an errand in another practice left in this browser session. */
function useLetters(scenario: InboxScreenProps['scenario']): ShownLetter[] {
  const posted = usePracticeLetters();
  const mailbox = scenario.mailbox;
  if (!mailbox) return [];
  const fromErrands: ShownLetter[] = mailbox.lettersFromErrands
    ? posted.map((letter) => ({ id: `${errandLetterPrefix}${letter.id}`, sender: letter.sender, date: letter.received, subject: letter.subject, body: letter.paragraphs, unread: true, fromErrand: true, ...(letter.reference ? { reference: letter.reference } : {}) }))
    : [];
  return [...fromErrands.reverse(), ...mailbox.letters.map((letter) => ({ ...letter, fromErrand: false }))];
}

/**
 * The digital mailbox, the inbox's second look: letters from checked senders
 * only, each with its sender marked as checked, a letter's text, and its
 * PDF-like document.
 */
export function Mailbox({ scenario, state, dispatch, t }: InboxScreenProps) {
  const letters = useLetters(scenario);
  const mailbox = scenario.mailbox;
  if (!mailbox) return null;
  const place = state.place;
  const letter = place.at === 'letter' || place.at === 'document' ? letters.find((one) => one.id === place.id) : undefined;
  let body;
  if (place.at === 'document' && letter?.attachment) {
    body = (
      <section className="inbox-document" aria-label={t('mailbox.document')}>
        <p className="inbox-document-label">
          {t('mailbox.document')}: {letter.attachment.name}
        </p>
        <div className="inbox-paper">
          <ScreenHeading>{letter.attachment.title}</ScreenHeading>
          <p className="inbox-document-from">{letter.sender}</p>
          {letter.attachment.body.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <Button onClick={() => dispatch({ type: 'back' })}>{t('mailbox.closeDocument')}</Button>
      </section>
    );
  } else if (letter) {
    body = (
      <article className="inbox-letter">
        <ScreenHeading>{letter.subject}</ScreenHeading>
        <p className="inbox-checked">
          {letter.sender} – {t('mailbox.checked')}
        </p>
        <p>{letter.date}</p>
        {letter.body.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        {letter.reference && <p>{t('mailbox.reference', { reference: letter.reference })}</p>}
        {letter.attachment && <Button onClick={() => dispatch({ type: 'open-document', id: letter.id })}>{t('mailbox.openDocument', { name: letter.attachment.name })}</Button>}
        <Button variant="secondary" onClick={() => dispatch({ type: 'back' })}>
          {t('mailbox.back')}
        </Button>
      </article>
    );
  } else {
    body = (
      <>
        <ScreenHeading>{t('mailbox.letters')}</ScreenHeading>
        <p>{t('mailbox.intro')}</p>
        {letters.length === 0 ? (
          <p>{t('mailbox.empty')}</p>
        ) : (
          <ul className="inbox-list">
            {letters.map((one) => {
              const unread = isUnread(one, state);
              return (
                <li key={one.id} className={unread ? 'inbox-item inbox-unread' : 'inbox-item'}>
                  <button type="button" className="inbox-item-button" onClick={() => dispatch({ type: 'open-letter', id: one.id })}>
                    <Parts>
                      {[
                        unread && <span className="inbox-badge">{t('list.unread')}</span>,
                        <span className="inbox-item-from">{one.sender}</span>,
                        <span className="inbox-checked">{t('mailbox.checked')}</span>,
                        <span className="inbox-item-subject">{one.subject}</span>,
                        <span className="inbox-item-date">{one.date}</span>,
                        one.attachment && <span className="inbox-badge">{t('list.attachment')}</span>,
                        one.fromErrand && <span className="inbox-badge">{t('mailbox.fromErrand')}</span>,
                      ]}
                    </Parts>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  }
  return (
    <section className="inbox-mailbox" aria-label={mailbox.name}>
      {body}
    </section>
  );
}
