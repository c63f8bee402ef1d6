/**
 * The practice inbox as pure functions: where each message is, what the
 * learner opened, wrote, reported and got back, and how the round is graded,
 * all decided by the scenario and the learner's actions alone, with no React
 * and no browser. The screens draw the state and dispatch; what the learner
 * types stays in the writing screen until it is sent.
 */
import type { FolderId, InboxMessage, InboxScenario, SignId } from './scenario.ts';

export type { FolderId, SignId };

/** Where the learner is: each place is one screen. */
export type Place =
  | { at: 'folder'; folder: FolderId }
  | { at: 'message'; id: string }
  | { at: 'compose' }
  | { at: 'picker' }
  | { at: 'report'; id: string }
  | { at: 'reported'; id: string }
  | { at: 'oops'; id: string; link: string }
  | { at: 'mailbox' }
  | { at: 'letter'; id: string }
  | { at: 'document'; id: string }
  | { at: 'finished' };

export type DraftMode = 'new' | 'reply' | 'reply-all' | 'forward';

/** What the writing screen starts from; the words themselves are typed there. */
export interface Draft {
  mode: DraftMode;
  /** The message replied to or forwarded. */
  about?: string;
  to: string;
  cc: string;
  subject: string;
  /** Attached: practice files by id, and a forwarded message's own attachment as `forwarded:<message id>`. */
  attachments: string[];
}

/** What the learner typed, given when they press Skicka. */
export interface Typed {
  to: string;
  cc: string;
  subject: string;
  text: string;
}

export type DraftProblem = 'to-empty' | 'to-invalid' | 'cc-invalid' | 'subject-empty' | 'text-empty';

export interface SentMessage {
  id: string;
  mode: DraftMode;
  about?: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  attachments: string[];
}

export interface InboxState {
  place: Place;
  /** Which folder each of the scenario's messages is in now. */
  folders: Record<string, FolderId>;
  /** Messages and letters opened (so no longer unread). */
  opened: string[];
  draft?: Draft;
  problems: DraftProblem[];
  sent: SentMessage[];
  /** The message just deleted, while "Ångra" can still bring it back. */
  undo?: { id: string; from: FolderId };
  /** Messages the learner reported or moved to junk, with the signs they ticked. */
  reports: Record<string, SignId[]>;
  /** Messages that were in the trash and came back out. */
  retrieved: string[];
  /** Letters whose document the learner opened. */
  documents: string[];
  /** What just happened to a message, said at the top of its folder. */
  notice?: Notice;
  ended: boolean;
  choices: string[];
}

export type Notice = 'deleted' | 'restored' | `moved-${FolderId}`;

export type InboxAction =
  | { type: 'open-folder'; folder: FolderId }
  | { type: 'open-message'; id: string }
  /** `prefix`: what a reply's or a forward's subject starts with in the practice's language ("Sv:", "Vb:"). */
  | { type: 'write'; mode: DraftMode; about?: string; prefix?: string }
  | { type: 'open-picker' }
  | { type: 'close-picker' }
  | { type: 'attach'; file: string }
  | { type: 'remove-attachment'; file: string }
  | { type: 'send'; typed: Typed }
  | { type: 'cancel-draft' }
  | { type: 'delete'; id: string }
  | { type: 'undo' }
  | { type: 'move'; id: string; folder: FolderId }
  | { type: 'start-report'; id: string }
  | { type: 'report'; id: string; signs: SignId[] }
  | { type: 'follow-link'; id: string; link: string }
  | { type: 'back' }
  | { type: 'open-mailbox' }
  | { type: 'open-letter'; id: string }
  | { type: 'open-document'; id: string }
  | { type: 'finish' };

export const errandLetterPrefix = 'errand:';

/** A forward's attachment that came with the message forwarded, by that message's id. */
export const forwardedAttachmentPrefix = 'forwarded:';

/** The name of an attachment, a practice file or a forwarded message's own, as it is shown; undefined when there is none by that id. */
export function attachmentName(scenario: InboxScenario, id: string): string | undefined {
  if (id.startsWith(forwardedAttachmentPrefix)) return messageById(scenario, id.slice(forwardedAttachmentPrefix.length))?.attachment?.name;
  return scenario.files.find((file) => file.id === id)?.name;
}

export function initialState(scenario: InboxScenario): InboxState {
  return {
    place: { at: 'folder', folder: 'inbox' },
    folders: Object.fromEntries(scenario.messages.map((message) => [message.id, message.folder])),
    opened: [],
    problems: [],
    sent: [],
    reports: {},
    retrieved: [],
    documents: [],
    ended: false,
    choices: [],
  };
}

/** An e-mail address as the shared field parts explain it: something, an @, something, a dot, something. */
export function isAddress(text: string): boolean {
  return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;.]+$/.test(text.trim());
}

/** The addresses in a To or Kopia field, separated by commas, semicolons or spaces. */
export function addressesIn(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What needs putting right before a message can be sent, in the order of the form. */
export function draftProblems(typed: Typed): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const to = addressesIn(typed.to);
  if (to.length === 0) problems.push('to-empty');
  else if (!to.every(isAddress)) problems.push('to-invalid');
  if (!addressesIn(typed.cc).every(isAddress)) problems.push('cc-invalid');
  if (typed.subject.trim() === '') problems.push('subject-empty');
  if (typed.text.trim() === '') problems.push('text-empty');
  return problems;
}

export function messageById(scenario: InboxScenario, id: string): InboxMessage | undefined {
  return scenario.messages.find((message) => message.id === id);
}

/**
 * What writing starts from: a reply goes to the sender with the subject after
 * `prefix`. A reply to all, as a mail program does it, puts the sender in To
 * and everyone else the message went to in Kopia: never the learner's own
 * address, never the sender twice, each address once whatever its capitals.
 */
export function draftFor(scenario: InboxScenario, mode: DraftMode, about: InboxMessage | undefined, prefix = ''): Draft {
  if (!about || mode === 'new') return { mode: 'new', to: '', cc: '', subject: '', attachments: [] };
  const subject = [prefix, about.subject].filter(Boolean).join(' ');
  // A forward takes the message's attachment along, as a mail program does; the learner may remove it.
  if (mode === 'forward') return { mode, about: about.id, to: '', cc: '', subject, attachments: about.attachment ? [`${forwardedAttachmentPrefix}${about.id}`] : [] };
  const others = new Map<string, string>();
  if (mode === 'reply-all') {
    const leftOut = new Set([scenario.me.address.toLowerCase(), about.from.address.toLowerCase()]);
    for (const address of about.cc) if (!leftOut.has(address.toLowerCase()) && !others.has(address.toLowerCase())) others.set(address.toLowerCase(), address);
  }
  return { mode, about: about.id, to: about.from.address, cc: [...others.values()].join(', '), subject, attachments: [] };
}

/** Messages in a folder, the scenario's first and then those the learner sent. */
export function messagesIn(scenario: InboxScenario, state: InboxState, folder: FolderId): InboxMessage[] {
  return scenario.messages.filter((message) => state.folders[message.id] === folder);
}

export function isUnread(message: { id: string; unread: boolean }, state: InboxState): boolean {
  return message.unread && !state.opened.includes(message.id);
}

export function unreadCount(scenario: InboxScenario, state: InboxState, folder: FolderId): number {
  return messagesIn(scenario, state, folder).filter((message) => isUnread(message, state)).length;
}

/** The folder the learner came from, to go back to. */
export function currentFolder(scenario: InboxScenario, state: InboxState): FolderId {
  const { place } = state;
  if (place.at === 'folder') return place.folder;
  if (place.at === 'message') return state.folders[place.id] ?? (place.id.startsWith('sent-') ? 'sent' : 'inbox');
  return 'inbox';
}

function move(state: InboxState, place: Place, choice?: string): InboxState {
  return { ...state, place, undo: undefined, notice: undefined, choices: choice ? [...state.choices, choice] : state.choices };
}

const frauds = (scenario: InboxScenario) => scenario.messages.filter((message) => message.fraud);

/** Whether every fraudulent message has been reported or moved to junk. */
function allFraudCaught(scenario: InboxScenario, state: InboxState): boolean {
  return frauds(scenario).every((message) => state.reports[message.id] !== undefined || state.folders[message.id] === 'junk');
}

/** Whether the round's goal has been reached by what the learner did. */
export function reachedGoal(scenario: InboxScenario, state: InboxState): boolean {
  const { goal } = scenario;
  switch (goal.type) {
    case 'reply':
      return state.sent.some((sent) => (sent.mode === 'reply' || sent.mode === 'reply-all') && sent.about === goal.message);
    case 'write':
      return state.sent.some((sent) => sent.to.some((to) => to.toLowerCase() === goal.to.toLowerCase()) && sent.attachments.includes(goal.attach));
    case 'retrieve':
      return state.retrieved.includes(goal.message) && state.folders[goal.message] === 'inbox';
    case 'find-fraud':
      return allFraudCaught(scenario, state);
    case 'mailbox':
      return allFraudCaught(scenario, state) && state.documents.includes(goal.letter);
  }
}

function afterChange(scenario: InboxScenario, state: InboxState): InboxState {
  if (state.ended || !reachedGoal(scenario, state)) return state;
  // Writing ends on sending; the other goals end as soon as they are reached.
  return scenario.goal.type === 'reply' || scenario.goal.type === 'write' ? state : { ...state, ended: true };
}

function send(scenario: InboxScenario, state: InboxState, typed: Typed): InboxState {
  const draft = state.draft;
  if (!draft) return state;
  const problems = draftProblems(typed);
  if (problems.length > 0) return { ...state, problems, choices: [...state.choices, 'send-refused'] };
  const sent: SentMessage = {
    id: `sent-${state.sent.length + 1}`,
    mode: draft.mode,
    ...(draft.about ? { about: draft.about } : {}),
    to: addressesIn(typed.to),
    cc: addressesIn(typed.cc),
    subject: typed.subject.trim(),
    text: typed.text.trim(),
    attachments: draft.attachments,
  };
  const next: InboxState = { ...move(state, { at: 'finished' }, `send-${draft.mode}`), draft: undefined, problems: [], sent: [...state.sent, sent] };
  // Writing is what these scenarios practise: the round ends with the first message sent, right or not.
  if (scenario.goal.type === 'reply' || scenario.goal.type === 'write') return { ...next, ended: true };
  return { ...next, place: { at: 'folder', folder: 'sent' } };
}

function letterExists(scenario: InboxScenario, id: string): boolean {
  if (id.startsWith(errandLetterPrefix)) return scenario.mailbox?.lettersFromErrands === true;
  return scenario.mailbox?.letters.some((letter) => letter.id === id) ?? false;
}

const lookingAround: ReadonlySet<InboxAction['type']> = new Set<InboxAction['type']>(['back', 'open-folder', 'open-message', 'follow-link', 'open-mailbox', 'open-letter', 'open-document']);

/** The next state. An action that does not fit changes nothing. */
export function step(scenario: InboxScenario, state: InboxState, action: InboxAction): InboxState {
  // After the end the learner may still look around, but changes nothing.
  if (state.ended && !lookingAround.has(action.type)) return state;
  const here = state.place;
  switch (action.type) {
    case 'open-folder':
      return move(state, { at: 'folder', folder: action.folder }, `folder-${action.folder}`);
    case 'open-message': {
      const known = messageById(scenario, action.id) ?? state.sent.find((sent) => sent.id === action.id);
      if (!known) return state;
      const opened = state.opened.includes(action.id) ? state.opened : [...state.opened, action.id];
      return { ...move(state, { at: 'message', id: action.id }, `open-${action.id}`), opened };
    }
    case 'write': {
      const about = action.about ? messageById(scenario, action.about) : undefined;
      if (action.mode !== 'new' && !about) return state;
      return { ...move(state, { at: 'compose' }, action.mode === 'new' ? 'write-new' : `${action.mode}-${action.about}`), draft: draftFor(scenario, action.mode, about, action.prefix), problems: [] };
    }
    case 'open-picker':
      return here.at === 'compose' && scenario.files.length > 0 ? move(state, { at: 'picker' }, 'open-picker') : state;
    case 'close-picker':
      return here.at === 'picker' ? move(state, { at: 'compose' }) : state;
    case 'attach': {
      if (here.at !== 'picker' || !state.draft || !scenario.files.some((file) => file.id === action.file)) return state;
      const attachments = state.draft.attachments.includes(action.file) ? state.draft.attachments : [...state.draft.attachments, action.file];
      return { ...move(state, { at: 'compose' }, `attach-${action.file}`), draft: { ...state.draft, attachments } };
    }
    case 'remove-attachment':
      if (here.at !== 'compose' || !state.draft) return state;
      return { ...state, draft: { ...state.draft, attachments: state.draft.attachments.filter((file) => file !== action.file) }, choices: [...state.choices, `remove-${action.file}`] };
    case 'send':
      return here.at === 'compose' ? send(scenario, state, action.typed) : state;
    case 'cancel-draft':
      return here.at === 'compose' || here.at === 'picker' ? { ...move(state, { at: 'folder', folder: 'inbox' }, 'cancel-draft'), draft: undefined, problems: [] } : state;
    case 'delete': {
      const from = state.folders[action.id];
      if (!from || from === 'trash') return state;
      const next: InboxState = { ...move(state, { at: 'folder', folder: from }, `delete-${action.id}`), folders: { ...state.folders, [action.id]: 'trash' } };
      return { ...next, undo: { id: action.id, from }, notice: 'deleted' };
    }
    case 'undo': {
      if (!state.undo) return state;
      const { id, from } = state.undo;
      return afterChange(scenario, { ...move(state, state.place, `undo-${id}`), folders: { ...state.folders, [id]: from }, retrieved: [...state.retrieved, id], notice: 'restored' });
    }
    case 'move': {
      const from = state.folders[action.id];
      if (!from || from === action.folder || action.folder === 'sent') return state;
      const retrieved = from === 'trash' ? [...state.retrieved, action.id] : state.retrieved;
      const reports = action.folder === 'junk' && !state.reports[action.id] ? { ...state.reports, [action.id]: [] } : state.reports;
      const kept = Object.fromEntries(Object.entries(state.reports).filter(([id]) => id !== action.id));
      return afterChange(scenario, {
        ...move(state, { at: 'folder', folder: from }, `move-${action.id}-${action.folder}`),
        folders: { ...state.folders, [action.id]: action.folder },
        notice: `moved-${action.folder}`,
        retrieved,
        // Moving a message out of junk takes back its report.
        reports: from === 'junk' ? kept : reports,
      });
    }
    case 'start-report':
      return state.folders[action.id] && state.folders[action.id] !== 'sent' ? move(state, { at: 'report', id: action.id }, `start-report-${action.id}`) : state;
    case 'report': {
      if (here.at !== 'report' || here.id !== action.id) return state;
      const signs = [...new Set(action.signs)];
      return afterChange(scenario, {
        ...move(state, { at: 'reported', id: action.id }, `report-${action.id}`),
        folders: { ...state.folders, [action.id]: 'junk' },
        reports: { ...state.reports, [action.id]: signs },
        choices: [...state.choices, `report-${action.id}`, ...signs.map((sign) => `sign-${action.id}-${sign}`)],
      });
    }
    case 'follow-link': {
      const message = messageById(scenario, action.id);
      if (here.at !== 'message' || here.id !== action.id || !message?.links.some((link) => link.id === action.link)) return state;
      return move(state, { at: 'oops', id: action.id, link: action.link }, `follow-${action.id}-${action.link}`);
    }
    case 'back':
      return back(scenario, state);
    case 'open-mailbox':
      return scenario.mailbox ? move(state, { at: 'mailbox' }, 'open-mailbox') : state;
    case 'open-letter': {
      if (!letterExists(scenario, action.id)) return state;
      const opened = state.opened.includes(action.id) ? state.opened : [...state.opened, action.id];
      return { ...move(state, { at: 'letter', id: action.id }, `open-letter-${action.id}`), opened };
    }
    case 'open-document': {
      const letter = scenario.mailbox?.letters.find((one) => one.id === action.id);
      if (here.at !== 'letter' || here.id !== action.id || !letter?.attachment) return state;
      const documents = state.documents.includes(action.id) ? state.documents : [...state.documents, action.id];
      return afterChange(scenario, { ...move(state, { at: 'document', id: action.id }, `open-document-${action.id}`), documents });
    }
    case 'finish':
      return { ...move(state, { at: 'finished' }, 'finish'), ended: true };
  }
}

/** One step back: from a message to its folder, from the "Oj" page to its message, from a document to its letter. */
function back(scenario: InboxScenario, state: InboxState): InboxState {
  const here = state.place;
  switch (here.at) {
    case 'oops':
      return move(state, { at: 'message', id: here.id }, 'back');
    case 'document':
      return move(state, { at: 'letter', id: here.id }, 'back');
    case 'letter':
      return move(state, { at: 'mailbox' }, 'back');
    case 'report':
      return move(state, { at: 'message', id: here.id }, 'back');
    case 'reported':
      // The reported message is in junk now; the learner goes on with the inbox.
      return move(state, { at: 'folder', folder: 'inbox' }, 'back');
    case 'message':
      return move(state, { at: 'folder', folder: currentFolder(scenario, { ...state, place: { at: 'message', id: here.id } }) }, 'back');
    default:
      return move(state, { at: 'folder', folder: 'inbox' }, 'back');
  }
}

export interface SignResult {
  sign: SignId;
  text: string;
  found: boolean;
}

/** How the learner did on one message: the signs that were there, each found or missed, strongest first. */
export interface MessageGrade {
  id: string;
  fraud: boolean;
  reported: boolean;
  signs: SignResult[];
  /** Signs the learner ticked that this message did not have. */
  extra: SignId[];
}

/** The signs of one message, as the learner's report found them. */
export function gradeMessage(message: InboxMessage, state: InboxState): MessageGrade {
  const ticked = state.reports[message.id];
  const reported = ticked !== undefined || state.folders[message.id] === 'junk';
  const chosen = new Set(ticked ?? []);
  const present = new Set(message.signs.map((found) => found.sign));
  return {
    id: message.id,
    fraud: message.fraud,
    reported,
    signs: message.signs.map((found) => ({ sign: found.sign, text: found.text, found: chosen.has(found.sign) })),
    extra: [...chosen].filter((sign) => !present.has(sign)),
  };
}

export interface RoundGrade {
  done: boolean;
  /** Fraudulent messages the learner caught. */
  caught: string[];
  /** Fraudulent messages the learner left in the inbox. */
  missed: string[];
  /** Real messages the learner reported as fraud. */
  wronglyReported: string[];
  /** Signs found and missed over all fraudulent messages. */
  signsFound: number;
  signsMissed: number;
}

/** What was done, found and missed in the round: a function of the scenario and the learner's actions. */
export function grade(scenario: InboxScenario, state: InboxState): RoundGrade {
  const graded = scenario.messages.map((message) => gradeMessage(message, state));
  const fraud = graded.filter((one) => one.fraud);
  return {
    done: reachedGoal(scenario, state),
    caught: fraud.filter((one) => one.reported).map((one) => one.id),
    missed: fraud.filter((one) => !one.reported).map((one) => one.id),
    wronglyReported: graded.filter((one) => !one.fraud && one.reported).map((one) => one.id),
    signsFound: fraud.reduce((sum, one) => sum + one.signs.filter((found) => found.found).length, 0),
    signsMissed: fraud.reduce((sum, one) => sum + one.signs.filter((found) => !found.found).length, 0),
  };
}

export type SendMistake = 'wrong-message' | 'not-a-reply' | 'forwarded' | 'wrong-address' | 'no-attachment' | 'wrong-attachment';

/**
 * Why a sent message did not reach the goal, for the feedback; undefined when
 * it did. A forward is told apart from a new message: the learner did open
 * the mail, and pressed the button beside Svara.
 */
export function sendMistake(scenario: InboxScenario, state: InboxState): SendMistake | undefined {
  const { goal } = scenario;
  const last = state.sent.at(-1);
  if (!last || reachedGoal(scenario, state)) return undefined;
  if (goal.type === 'reply') {
    if (last.mode === 'reply' || last.mode === 'reply-all') return 'wrong-message';
    return last.mode === 'forward' ? 'forwarded' : 'not-a-reply';
  }
  if (goal.type !== 'write') return undefined;
  if (!last.to.some((to) => to.toLowerCase() === goal.to.toLowerCase())) return 'wrong-address';
  return last.attachments.length === 0 ? 'no-attachment' : 'wrong-attachment';
}

/** Which screen is showing: a new one moves focus and is announced. */
export function screenOf(state: InboxState): string {
  const { place } = state;
  // A notice is a screen of its own, so focus moves to it and it is read out.
  if (place.at === 'folder') return `folder-${place.folder}${state.notice ? `-${state.notice}` : ''}`;
  if ('id' in place) return `${place.at}-${place.id}`;
  return place.at;
}

const places = new Set(['folder', 'message', 'compose', 'picker', 'report', 'reported', 'oops', 'mailbox', 'letter', 'document', 'finished']);
const folderNames = new Set<string>(['inbox', 'sent', 'trash', 'junk']);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/**
 * A place kept earlier in this browser session, if it fits this scenario;
 * otherwise undefined. What the learner wrote is not kept: a sent message
 * comes back without its words, and writing starts afresh.
 */
export function restoreState(saved: unknown, scenario: InboxScenario): InboxState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const value = saved as Record<string, unknown>;
  const place = value.place as Record<string, unknown> | undefined;
  if (!place || !isText(place.at) || !places.has(place.at)) return undefined;
  if (place.at === 'folder' && !(isText(place.folder) && folderNames.has(place.folder))) return undefined;
  if (['message', 'report', 'reported', 'oops', 'letter', 'document'].includes(place.at) && !isText(place.id)) return undefined;
  if (place.at === 'oops' && !isText(place.link)) return undefined;
  const folders = value.folders as Record<string, unknown> | undefined;
  if (!folders || typeof folders !== 'object' || !scenario.messages.every((message) => isText(folders[message.id]) && folderNames.has(folders[message.id] as string))) return undefined;
  const reports = value.reports as Record<string, unknown> | undefined;
  if (!reports || typeof reports !== 'object' || !Object.values(reports).every(isTextList)) return undefined;
  if (!isTextList(value.opened) || !isTextList(value.retrieved) || !isTextList(value.documents) || !isTextList(value.choices) || typeof value.ended !== 'boolean') return undefined;
  if (!Array.isArray(value.sent)) return undefined;
  const sent: SentMessage[] = [];
  for (const item of value.sent as unknown[]) {
    const one = item as Record<string, unknown> | null;
    if (!one || !isText(one.id) || !isText(one.mode) || !isTextList(one.to) || !isTextList(one.cc) || !isTextList(one.attachments)) return undefined;
    sent.push({ id: one.id, mode: one.mode as DraftMode, ...(isText(one.about) ? { about: one.about } : {}), to: one.to, cc: one.cc, subject: '', text: '', attachments: one.attachments });
  }
  // Writing starts afresh: the words were never kept.
  const restoredPlace = (place.at === 'compose' || place.at === 'picker' ? { at: 'folder', folder: 'inbox' } : place) as Place;
  return {
    place: restoredPlace,
    folders: folders as Record<string, FolderId>,
    opened: value.opened,
    problems: [],
    sent,
    reports: reports as Record<string, SignId[]>,
    retrieved: value.retrieved,
    documents: value.documents,
    ended: value.ended,
    choices: value.choices,
  };
}
