import { type FolderId, type InboxAction, type InboxState, grade, initialState, restoreState, screenOf, step, unreadCount } from './machine.ts';
import type { InboxScenario } from './scenario.ts';
import { lazy } from 'react';
import { ArrivingScreen } from './screens/arriving-screen.tsx';
import { Finished } from './screens/finished.tsx';
import { FolderList } from './screens/folder-list.tsx';
import type { InboxScreenProps, InboxStrings } from './screens/screen-props.ts';
import { definePracticeView } from '../host/index.ts';
// Its styles download with the kind, never in a learner's first stylesheet.
import './inbox.css';

// A step with the inbox first shows a folder: the screens for reading a message, reporting it, writing and
// the digital mailbox download when the learner first goes there, so the step's first download stays small.
const MessageView = lazy(() => import('./screens/message-view.tsx').then((module) => ({ default: module.MessageView })));
const ReportForm = lazy(() => import('./screens/report.tsx').then((module) => ({ default: module.ReportForm })));
const Reported = lazy(() => import('./screens/report.tsx').then((module) => ({ default: module.Reported })));
const Oops = lazy(() => import('./screens/report.tsx').then((module) => ({ default: module.Oops })));
const Compose = lazy(() => import('./screens/compose.tsx').then((module) => ({ default: module.Compose })));
const Mailbox = lazy(() => import('./screens/mailbox.tsx').then((module) => ({ default: module.Mailbox })));

type Place = InboxState['place'];

/**
 * Which screen component draws the place. Each gets its own place to arrive
 * in: a screen waiting for its code then never hides the one before it on
 * the page, where the host would look for the heading to focus. Places one
 * component draws share it, so writing keeps its words when the file picker
 * opens.
 */
function screenOfPlace(place: Place): string {
  switch (place.at) {
    case 'picker':
      return 'compose';
    case 'letter':
    case 'document':
      return 'mailbox';
    default:
      return place.at;
  }
}

const folders: FolderId[] = ['inbox', 'sent', 'trash', 'junk'];

/** The folders, "Skriv nytt" and, in a scenario with one, the digital mailbox: always there, so the learner can go anywhere. */
function Navigation({ scenario, state, dispatch, t }: InboxScreenProps) {
  const place = state.place;
  const inMailbox = place.at === 'mailbox' || place.at === 'letter' || place.at === 'document';
  return (
    <nav className="inbox-nav" aria-label={t('nav.label')}>
      <ul>
        {folders.map((folder) => {
          const count = unreadCount(scenario, state, folder);
          const name = t(`folders.${folder}`);
          const current = place.at === 'folder' && place.folder === folder;
          return (
            <li key={folder}>
              <button type="button" className="inbox-nav-button" aria-current={current ? 'page' : undefined} onClick={() => dispatch({ type: 'open-folder', folder })}>
                {count > 0 ? t('nav.folderUnread', { folder: name, count }) : name}
              </button>
            </li>
          );
        })}
        {scenario.mailbox && (
          <li>
            <button type="button" className="inbox-nav-button inbox-nav-mailbox" aria-current={inMailbox ? 'page' : undefined} onClick={() => dispatch({ type: 'open-mailbox' })}>
              {t('nav.mailbox')}
            </button>
          </li>
        )}
      </ul>
      {!state.ended && (
        <button type="button" className="inbox-nav-button inbox-nav-write" onClick={() => dispatch({ type: 'write', mode: 'new' })}>
          {t('nav.write')}
        </button>
      )}
    </nav>
  );
}

function PlaceScreen(props: InboxScreenProps) {
  const { place } = props.state;
  switch (place.at) {
    case 'folder':
      return <FolderList {...props} folder={place.folder} />;
    case 'message':
      return <MessageView {...props} id={place.id} />;
    case 'compose':
    case 'picker':
      return <Compose {...props} />;
    case 'report':
      return <ReportForm {...props} id={place.id} />;
    case 'reported':
      return <Reported {...props} id={place.id} />;
    case 'oops':
      return <Oops {...props} id={place.id} link={place.link} />;
    case 'mailbox':
    case 'letter':
    case 'document':
      return <Mailbox {...props} />;
    case 'finished':
      return null;
  }
}

/**
 * The practice inbox ("Övningsmejlen") on the practice host: a plain mail
 * program with folders, reading, writing, attaching, deleting and getting
 * back, reporting fraud, and a digital mailbox as its second look, played from
 * a scenario in lessons/practice/inbox/. Every rule is in machine.ts.
 */
function InboxScreens(props: InboxScreenProps) {
  const { scenario, state, t } = props;
  const mailboxLook = ['mailbox', 'letter', 'document'].includes(state.place.at);
  return (
    <div className="inbox" data-look={mailboxLook ? 'mailbox' : 'mail'}>
      <p className="inbox-task">{scenario.task}</p>
      <div className="inbox-app">
        {/* The digital mailbox is an app of its own: its own name and colours, and a way back to the e-mail. */}
        {mailboxLook && scenario.mailbox ? (
          <>
            <div className="inbox-top">
              <h2 className="inbox-name">{scenario.mailbox.name}</h2>
              <p className="inbox-me">{t('mailbox.label')}</p>
            </div>
            <nav className="inbox-nav" aria-label={t('mailbox.nav')}>
              <button type="button" className="inbox-nav-button" onClick={() => props.dispatch({ type: 'open-folder', folder: 'inbox' })}>
                {t('mailbox.toMail')}
              </button>
            </nav>
          </>
        ) : (
          <>
            <div className="inbox-top">
              <h2 className="inbox-name">{t('name')}</h2>
              <p className="inbox-me">{t('nav.me', { name: scenario.me.name, address: scenario.me.address })}</p>
            </div>
            <Navigation {...props} />
          </>
        )}
        <div className="inbox-main">
          <ArrivingScreen key={screenOfPlace(state.place)} loadingText={t('loading')}>
            <PlaceScreen {...props} />
          </ArrivingScreen>
          {state.ended && <Finished {...props} focus={state.place.at === 'finished'} />}
        </div>
      </div>
    </div>
  );
}

export default definePracticeView<InboxScenario, InboxState, InboxAction, InboxStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: initialState,
  step,
  screen: screenOf,
  outcome: (scenario, state) => (state.ended ? { done: grade(scenario, state).done, choices: state.choices } : undefined),
  restore: restoreState,
  Screen: InboxScreens,
});
