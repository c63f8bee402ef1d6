import { Button } from '../../../ui/index.ts';
import { type FolderId, isUnread, messagesIn } from '../machine.ts';
import { Parts } from './parts.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps } from './screen-props.ts';

/** One folder's messages, as a list a screen reader reads item by item: sender, subject, date, unread, attachment. */
export function FolderList({ scenario, state, dispatch, t, folder }: InboxScreenProps & { folder: FolderId }) {
  const messages = messagesIn(scenario, state, folder);
  const sent = folder === 'sent' ? state.sent : [];
  const notice = state.notice;
  const lookingForFraud = scenario.goal.type === 'find-fraud' || scenario.goal.type === 'mailbox';
  return (
    <section className="inbox-folder" aria-label={t(`folders.${folder}`)}>
      {notice ? (
        <p className="inbox-notice" tabIndex={-1} data-focus-here="">
          {notice === 'deleted' ? t('notice.deleted') : notice === 'restored' ? t('notice.restored', { folder: t(`folders.${folder}`) }) : t('notice.moved', { folder: t(`folders.${notice.slice('moved-'.length) as FolderId}`) })}{' '}
          {notice === 'deleted' && state.undo && (
            <Button variant="secondary" onClick={() => dispatch({ type: 'undo' })}>
              {t('notice.undo')}
            </Button>
          )}
        </p>
      ) : null}
      {notice ? <h3 className="inbox-heading">{t(`folders.${folder}`)}</h3> : <ScreenHeading>{t(`folders.${folder}`)}</ScreenHeading>}
      {folder === 'trash' && <p className="inbox-hint">{t('list.trashHint')}</p>}
      {folder === 'junk' && <p className="inbox-hint">{t('list.junkHint')}</p>}
      {messages.length === 0 && sent.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="inbox-list">
          {messages.map((message) => {
            const unread = isUnread(message, state);
            return (
              <li key={message.id} className={unread ? 'inbox-item inbox-unread' : 'inbox-item'}>
                <button type="button" className="inbox-item-button" onClick={() => dispatch({ type: 'open-message', id: message.id })}>
                  <Parts>
                    {[
                      unread && <span className="inbox-badge">{t('list.unread')}</span>,
                      <span className="inbox-item-from">{message.from.name}</span>,
                      <span className="inbox-item-subject">{t('list.subject', { subject: message.subject })}</span>,
                      <span className="inbox-item-date">{message.date}</span>,
                      message.attachment && <span className="inbox-badge">{t('list.attachment')}</span>,
                    ]}
                  </Parts>
                </button>
              </li>
            );
          })}
          {sent.map((message) => (
            <li key={message.id} className="inbox-item">
              <button type="button" className="inbox-item-button" onClick={() => dispatch({ type: 'open-message', id: message.id })}>
                <Parts>
                  {[
                    <span className="inbox-item-from">{t('list.to', { to: message.to.join(', ') })}</span>,
                    <span className="inbox-item-subject">{t('list.subject', { subject: message.subject })}</span>,
                    message.attachments.length > 0 && <span className="inbox-badge">{t('list.attachment')}</span>,
                  ]}
                </Parts>
              </button>
            </li>
          ))}
        </ul>
      )}
      {lookingForFraud && !state.ended && folder === 'inbox' && (
        <Button variant="secondary" onClick={() => dispatch({ type: 'finish' })}>
          {t('list.finish')}
        </Button>
      )}
    </section>
  );
}
