import { useId, useState } from 'react';
import { Button } from '../../../ui/index.ts';
import { attachmentName, currentFolder, messageById } from '../machine.ts';
import type { InboxLink, InboxMessage } from '../scenario.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { InboxScreenProps, InboxT } from './screen-props.ts';

/**
 * A link in a message, with its real address one press away: hovering is
 * never the only way, so keyboard and screen reader users see it too. The
 * link itself is a button: following it never leaves the practice.
 */
function MessageLink({ link, onFollow, t }: { link: InboxLink; onFollow(): void; t: InboxT }) {
  const [shown, setShown] = useState(false);
  const addressId = useId();
  return (
    <li className="inbox-link-item">
      <button type="button" className="inbox-link" onClick={onFollow}>
        {link.text}
      </button>{' '}
      <Button variant="secondary" aria-expanded={shown} aria-controls={addressId} onClick={() => setShown((value) => !value)}>
        {shown ? t('message.hideAddress') : t('message.showAddress')}
      </Button>
      <div id={addressId} hidden={!shown} className="inbox-address">
        <p>
          {t('message.goesTo')} <code className="inbox-url">{link.address}</code>
        </p>
        <p className="inbox-hint">{t('message.owner')}</p>
      </div>
    </li>
  );
}

function Header({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="inbox-header">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An opened message: From with the name and the real address, To, the date, the text, its links and attachment, and what can be done with it. */
export function MessageView({ scenario, state, dispatch, t, id }: InboxScreenProps & { id: string }) {
  const message = messageById(scenario, id);
  const folder = currentFolder(scenario, state);
  const back = (
    <Button variant="secondary" onClick={() => dispatch({ type: 'back' })}>
      {t('message.back', { folder: t(`folders.${folder}`) })}
    </Button>
  );
  if (!message) {
    const sent = state.sent.find((one) => one.id === id);
    if (!sent) return back;
    return (
      <article className="inbox-message">
        <ScreenHeading>{sent.subject}</ScreenHeading>
        <Header rows={[[t('message.from'), `${scenario.me.name} <${scenario.me.address}>`], [t('message.to'), sent.to.join(', ')], ...(sent.cc.length ? [[t('message.cc'), sent.cc.join(', ')] as [string, string]] : [])]} />
        <p>{sent.text || t('message.sentText')}</p>
        {sent.attachments.map((file) => (
          <p key={file} className="inbox-attachment">
            {t('message.attachment')}: {attachmentName(scenario, file) ?? file}
          </p>
        ))}
        {back}
      </article>
    );
  }
  return (
    <article className="inbox-message">
      <ScreenHeading>{message.subject}</ScreenHeading>
      <Header
        rows={[
          [t('message.from'), `${message.from.name} <${message.from.address}>`],
          [t('message.to'), `${scenario.me.name} <${scenario.me.address}>`],
          ...(message.cc.length ? [[t('message.cc'), message.cc.join(', ')] as [string, string]] : []),
          [t('message.date'), message.date],
        ]}
      />
      <div className="inbox-body">
        {message.body.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {message.links.length > 0 && (
        <section aria-label={t('message.links')}>
          <ul className="inbox-links">
            {message.links.map((link) => (
              <MessageLink key={link.id} link={link} t={t} onFollow={() => dispatch({ type: 'follow-link', id: message.id, link: link.id })} />
            ))}
          </ul>
        </section>
      )}
      {message.attachment && (
        <p className="inbox-attachment">
          {t('message.attachment')}: {message.attachment.name}{' '}
          <Button variant="secondary" onClick={() => dispatch({ type: 'follow-link', id: message.id, link: 'attachment' })}>
            {t('message.openAttachment', { name: message.attachment.name })}
          </Button>
        </p>
      )}
      {/* Once the round has ended the learner may look, and starts over to change anything. */}
      {!state.ended && <MessageActions message={message} folder={folder} dispatch={dispatch} t={t} />}
      {back}
    </article>
  );
}

function MessageActions({ message, folder, dispatch, t }: { message: InboxMessage; folder: string; dispatch: InboxScreenProps['dispatch']; t: InboxT }) {
  const write = (mode: 'reply' | 'reply-all' | 'forward') => dispatch({ type: 'write', mode, about: message.id, prefix: mode === 'forward' ? t('compose.forwardPrefix') : t('compose.replyPrefix') });
  return (
    <div className="inbox-actions">
      <Button onClick={() => write('reply')}>{t('message.reply')}</Button>
      {message.cc.length > 0 && (
        <Button variant="secondary" onClick={() => write('reply-all')}>
          {t('message.replyAll')}
        </Button>
      )}
      <Button variant="secondary" onClick={() => write('forward')}>
        {t('message.forward')}
      </Button>
      {folder === 'inbox' ? (
        <>
          <Button variant="secondary" onClick={() => dispatch({ type: 'delete', id: message.id })}>
            {t('message.delete')}
          </Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'move', id: message.id, folder: 'junk' })}>
            {t('message.junk')}
          </Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'start-report', id: message.id })}>
            {t('message.report')}
          </Button>
        </>
      ) : (
        <>
          <Button variant="secondary" onClick={() => dispatch({ type: 'move', id: message.id, folder: 'inbox' })}>
            {t('message.toInbox')}
          </Button>
          {folder === 'junk' && (
            <Button variant="secondary" onClick={() => dispatch({ type: 'delete', id: message.id })}>
              {t('message.delete')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
