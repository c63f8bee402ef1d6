import { describe, expect, it } from 'vitest';
import { type InboxAction, type InboxState, addressesIn, attachmentName, draftProblems, grade, gradeMessage, initialState, isAddress, restoreState, screenOf, sendMistake, step, unreadCount } from '../../../src/practice/inbox/machine.ts';
import type { InboxMessage, InboxScenario } from '../../../src/practice/inbox/scenario.ts';

function message(id: string, fields: Partial<InboxMessage> = {}): InboxMessage {
  return { id, folder: 'inbox', from: { name: `Name ${id}`, address: `${id}@exempel.se` }, cc: [], date: 'I dag', subject: `Subject ${id}`, body: ['Text.'], links: [], unread: false, fraud: false, signs: [], ...fields };
}

const fraud = message('fraud', {
  fraud: true,
  unread: true,
  links: [{ id: 'pay', text: 'Betala', address: 'https://pay.example.net' }],
  signs: [
    { sign: 'sender', text: 'Fel adress.' },
    { sign: 'link', text: 'Fel länk.' },
    { sign: 'pressure', text: 'Bråttom.' },
    { sign: 'greeting', text: 'Allmän hälsning.' },
  ],
});
const fraud2 = message('fraud2', { fraud: true, signs: [{ sign: 'asks-for-login', text: 'Kod.' }] });
const real = message('real', { unread: true, real: 'Riktig.', cc: ['me@exempel.se', 'other@exempel.se'] });

function scenario(goal: InboxScenario['goal'], fields: Partial<InboxScenario> = {}): InboxScenario {
  return {
    id: 'test',
    task: 'Uppgift.',
    me: { name: 'Me', address: 'me@exempel.se' },
    goal,
    messages: [real, fraud, fraud2],
    files: [
      { id: 'cat', name: 'katt.jpg', kind: 'picture', description: 'En katt.' },
      { id: 'doc', name: 'doc.pdf', kind: 'document', description: 'Ett dokument.' },
    ],
    done: 'Klart.',
    ...fields,
  };
}

function play(s: InboxScenario, actions: InboxAction[], from: InboxState = initialState(s)): InboxState {
  return actions.reduce((state, action) => step(s, state, action), from);
}

const typed = (fields: Partial<{ to: string; cc: string; subject: string; text: string }> = {}) => ({ to: 'bo@exempel.se', cc: '', subject: 'Hej', text: 'Hej Bo!', ...fields });

describe('addresses and the form', () => {
  it('takes an address with an @ and a dot after it, and nothing else', () => {
    expect(isAddress('anna@exempel.se')).toBe(true);
    expect(isAddress(' anna.berg@post.exempel.se ')).toBe(true);
    for (const wrong of ['anna', 'anna@exempel', 'anna.exempel.se', '@exempel.se', 'anna@.se', 'anna@exempel.', 'an na@exempel.se', 'a@b@c.se']) expect(isAddress(wrong), wrong).toBe(false);
  });

  it('splits To and Kopia at commas, semicolons and spaces', () => {
    expect(addressesIn('a@b.se, c@d.se;e@f.se  g@h.se')).toEqual(['a@b.se', 'c@d.se', 'e@f.se', 'g@h.se']);
    expect(addressesIn('  ')).toEqual([]);
  });

  it('says what is missing or wrong, in the order of the form', () => {
    expect(draftProblems(typed())).toEqual([]);
    expect(draftProblems({ to: '', cc: '', subject: ' ', text: '' })).toEqual(['to-empty', 'subject-empty', 'text-empty']);
    expect(draftProblems(typed({ to: 'bo@exempel', cc: 'x' }))).toEqual(['to-invalid', 'cc-invalid']);
    expect(draftProblems(typed({ to: 'bo@exempel.se, kim' }))).toEqual(['to-invalid']);
  });
});

describe('reading and replying', () => {
  const s = scenario({ type: 'reply', message: 'real' });

  it('counts unread messages per folder, and opening one reads it', () => {
    const start = initialState(s);
    expect(unreadCount(s, start, 'inbox')).toBe(2);
    const opened = play(s, [{ type: 'open-message', id: 'real' }]);
    expect(opened.place).toEqual({ at: 'message', id: 'real' });
    expect(unreadCount(s, opened, 'inbox')).toBe(1);
    expect(screenOf(opened)).toBe('message-real');
  });

  it('replies to the sender, with the subject after the prefix; to all adds the others in Kopia but not me', () => {
    const reply = play(s, [{ type: 'open-message', id: 'real' }, { type: 'write', mode: 'reply', about: 'real', prefix: 'Sv:' }]);
    expect(reply.draft).toEqual({ mode: 'reply', about: 'real', to: 'real@exempel.se', cc: '', subject: 'Sv: Subject real', attachments: [] });
    const all = play(s, [{ type: 'write', mode: 'reply-all', about: 'real', prefix: 'Sv:' }]);
    expect(all.draft?.cc).toBe('other@exempel.se');
    const forward = play(s, [{ type: 'write', mode: 'forward', about: 'real', prefix: 'Vb:' }]);
    expect(forward.draft).toMatchObject({ to: '', subject: 'Vb: Subject real' });
  });

  it('reply to all is a reply: the sender in To, everyone else in Kopia once, never my own address, and the goal is reached', () => {
    // Kopia as mail arrives: my own address in other capitals, the sender and another address twice.
    const family = message('family', { unread: true, cc: ['ME@exempel.se', 'bo@exempel.se', 'family@exempel.se', 'Bo@exempel.se', 'cleo@exempel.se'] });
    const s = scenario({ type: 'reply', message: 'family' }, { messages: [family, fraud] });
    const writing = play(s, [{ type: 'open-message', id: 'family' }, { type: 'write', mode: 'reply-all', about: 'family', prefix: 'Sv:' }]);
    expect(writing.draft).toEqual({ mode: 'reply-all', about: 'family', to: 'family@exempel.se', cc: 'bo@exempel.se, cleo@exempel.se', subject: 'Sv: Subject family', attachments: [] });
    const draft = writing.draft ?? { to: '', cc: '' };
    const sent = step(s, writing, { type: 'send', typed: typed({ to: draft.to, cc: draft.cc }) });
    expect(sent.sent).toEqual([expect.objectContaining({ mode: 'reply-all', about: 'family', to: ['family@exempel.se'], cc: ['bo@exempel.se', 'cleo@exempel.se'] })]);
    expect(sent.ended).toBe(true);
    expect(grade(s, sent).done).toBe(true);
    expect(sendMistake(s, sent)).toBeUndefined();
    expect(sent.choices).toEqual(['open-family', 'reply-all-family', 'send-reply-all']);
  });

  it('refuses to send with problems, keeps the draft, and sends once they are put right', () => {
    const writing = play(s, [{ type: 'write', mode: 'reply', about: 'real', prefix: 'Sv:' }]);
    const refused = step(s, writing, { type: 'send', typed: typed({ text: '' }) });
    expect(refused.problems).toEqual(['text-empty']);
    expect(refused.place).toEqual({ at: 'compose' });
    expect(refused.ended).toBe(false);
    const sent = step(s, refused, { type: 'send', typed: typed({ to: 'real@exempel.se' }) });
    expect(sent.ended).toBe(true);
    expect(sent.sent).toEqual([{ id: 'sent-1', mode: 'reply', about: 'real', to: ['real@exempel.se'], cc: [], subject: 'Hej', text: 'Hej Bo!', attachments: [] }]);
    expect(grade(s, sent).done).toBe(true);
    expect(sent.choices).toEqual(['reply-real', 'send-refused', 'send-reply']);
  });

  it('a new message instead of a reply ends the round, not done, and says why', () => {
    const sent = play(s, [{ type: 'write', mode: 'new' }, { type: 'send', typed: typed() }]);
    expect(sent.ended).toBe(true);
    expect(grade(s, sent).done).toBe(false);
    expect(sendMistake(s, sent)).toBe('not-a-reply');
    const other = play(s, [{ type: 'write', mode: 'reply', about: 'fraud' }, { type: 'send', typed: typed() }]);
    expect(sendMistake(s, other)).toBe('wrong-message');
  });

  it('forwarding instead of replying ends the round, not done, and is told apart from a new message', () => {
    const forwarded = play(s, [{ type: 'open-message', id: 'real' }, { type: 'write', mode: 'forward', about: 'real', prefix: 'Vb:' }, { type: 'send', typed: typed() }]);
    expect(forwarded.ended).toBe(true);
    expect(grade(s, forwarded).done).toBe(false);
    expect(sendMistake(s, forwarded)).toBe('forwarded');
    // Forwarding another message is a forward too, not a reply to the wrong one.
    expect(sendMistake(s, play(s, [{ type: 'write', mode: 'forward', about: 'fraud' }, { type: 'send', typed: typed() }]))).toBe('forwarded');
  });

  it('cancelling a draft goes back to the inbox and sends nothing', () => {
    const cancelled = play(s, [{ type: 'write', mode: 'new' }, { type: 'cancel-draft' }]);
    expect(cancelled.place).toEqual({ at: 'folder', folder: 'inbox' });
    expect(cancelled.sent).toEqual([]);
    expect(cancelled.draft).toBeUndefined();
  });
});

describe('writing and attaching', () => {
  const s = scenario({ type: 'write', to: 'bo@exempel.se', attach: 'cat' });
  const writeTo = [{ type: 'write', mode: 'new' }, { type: 'open-picker' }] as InboxAction[];

  it('attaches a practice file from the picker, shows it, and removes it', () => {
    const picking = play(s, writeTo);
    expect(picking.place).toEqual({ at: 'picker' });
    expect(screenOf(picking)).toBe('picker');
    const attached = step(s, picking, { type: 'attach', file: 'cat' });
    expect(attached.place).toEqual({ at: 'compose' });
    expect(attached.draft?.attachments).toEqual(['cat']);
    expect(step(s, attached, { type: 'remove-attachment', file: 'cat' }).draft?.attachments).toEqual([]);
    expect(step(s, picking, { type: 'attach', file: 'not-a-file' })).toBe(picking);
  });

  it('a forward takes the message’s attachment along, removable; the copy in Skickat keeps it', () => {
    const withFile = message('news', { attachment: { name: 'program.pdf' } });
    const forwarding = scenario({ type: 'find-fraud' }, { messages: [withFile, fraud] });
    const writing = play(forwarding, [{ type: 'open-message', id: 'news' }, { type: 'write', mode: 'forward', about: 'news', prefix: 'Vb:' }]);
    expect(writing.draft?.subject).toBe('Vb: Subject news');
    expect(writing.draft?.attachments).toEqual(['forwarded:news']);
    expect(attachmentName(forwarding, 'forwarded:news')).toBe('program.pdf');
    expect(attachmentName(forwarding, 'cat')).toBe('katt.jpg');
    expect(attachmentName(forwarding, 'forwarded:fraud')).toBeUndefined();

    const typed = { to: 'bo@exempel.se', cc: '', subject: 'Vb: Subject news', text: 'Titta.' };
    const sent = step(forwarding, writing, { type: 'send', typed });
    expect(sent.sent).toEqual([expect.objectContaining({ mode: 'forward', about: 'news', attachments: ['forwarded:news'] })]);
    expect(sent.place).toEqual({ at: 'folder', folder: 'sent' });
    // Kept for the browser session with the attachment, as a practice file would be.
    expect(restoreState(JSON.parse(JSON.stringify(sent)), forwarding)?.sent[0]?.attachments).toEqual(['forwarded:news']);

    const removed = step(forwarding, writing, { type: 'remove-attachment', file: 'forwarded:news' });
    expect(removed.draft?.attachments).toEqual([]);
    expect(step(forwarding, removed, { type: 'send', typed }).sent[0]?.attachments).toEqual([]);
    // A message without an attachment is forwarded without one, and a reply never takes one along.
    expect(play(forwarding, [{ type: 'write', mode: 'forward', about: 'fraud' }]).draft?.attachments).toEqual([]);
    expect(play(forwarding, [{ type: 'write', mode: 'reply', about: 'news' }]).draft?.attachments).toEqual([]);
  });

  it('is done with the right address and the right file', () => {
    const done = play(s, [...writeTo, { type: 'attach', file: 'cat' }, { type: 'send', typed: typed({ to: 'BO@exempel.se' }) }]);
    expect(grade(s, done).done).toBe(true);
    expect(sendMistake(s, done)).toBeUndefined();
  });

  it('says what was wrong: the address, no attachment, another attachment', () => {
    expect(sendMistake(s, play(s, [...writeTo, { type: 'attach', file: 'cat' }, { type: 'send', typed: typed({ to: 'kim@exempel.se' }) }]))).toBe('wrong-address');
    expect(sendMistake(s, play(s, [{ type: 'write', mode: 'new' }, { type: 'send', typed: typed() }]))).toBe('no-attachment');
    expect(sendMistake(s, play(s, [...writeTo, { type: 'attach', file: 'doc' }, { type: 'send', typed: typed() }]))).toBe('wrong-attachment');
  });
});

describe('deleting and getting back', () => {
  const s = scenario({ type: 'retrieve', message: 'real' });

  it('deletes to the trash with a notice, and Ångra brings it back at once', () => {
    const deleted = play(s, [{ type: 'open-message', id: 'real' }, { type: 'delete', id: 'real' }]);
    expect(deleted.folders.real).toBe('trash');
    expect(deleted.undo).toEqual({ id: 'real', from: 'inbox' });
    expect(screenOf(deleted)).toBe('folder-inbox-deleted');
    const undone = step(s, deleted, { type: 'undo' });
    expect(undone.folders.real).toBe('inbox');
    expect(screenOf(undone)).toBe('folder-inbox-restored');
    expect(undone.ended).toBe(true);
    expect(grade(s, undone).done).toBe(true);
  });

  it('Ångra is gone after the next action; the trash gives the message back later', () => {
    const later = play(s, [{ type: 'delete', id: 'real' }, { type: 'open-folder', folder: 'trash' }]);
    expect(later.undo).toBeUndefined();
    expect(step(s, later, { type: 'undo' })).toBe(later);
    expect(later.ended).toBe(false);
    const back = play(s, [{ type: 'open-message', id: 'real' }, { type: 'move', id: 'real', folder: 'inbox' }], later);
    expect(back.folders.real).toBe('inbox');
    expect(back.retrieved).toEqual(['real']);
    expect(back.ended).toBe(true);
    expect(grade(s, back).done).toBe(true);
  });

  it('getting another message back is not the goal', () => {
    const other = play(s, [{ type: 'delete', id: 'fraud' }, { type: 'undo' }]);
    expect(other.ended).toBe(false);
    expect(grade(s, other).done).toBe(false);
  });

  it('a message in the trash cannot be deleted again, nor moved to Skickat', () => {
    const deleted = play(s, [{ type: 'delete', id: 'real' }]);
    expect(step(s, deleted, { type: 'delete', id: 'real' })).toBe(deleted);
    expect(step(s, deleted, { type: 'move', id: 'real', folder: 'sent' })).toBe(deleted);
  });
});

describe('finding the fraud', () => {
  const s = scenario({ type: 'find-fraud' });

  it('grades each sign found and missed, strongest first, and a sign ticked that was not there', () => {
    const reported = play(s, [
      { type: 'open-message', id: 'fraud' },
      { type: 'start-report', id: 'fraud' },
      { type: 'report', id: 'fraud', signs: ['link', 'greeting', 'attachment'] },
    ]);
    expect(reported.place).toEqual({ at: 'reported', id: 'fraud' });
    expect(reported.folders.fraud).toBe('junk');
    expect(gradeMessage(fraud, reported)).toEqual({
      id: 'fraud',
      fraud: true,
      reported: true,
      signs: [
        { sign: 'sender', text: 'Fel adress.', found: false },
        { sign: 'link', text: 'Fel länk.', found: true },
        { sign: 'pressure', text: 'Bråttom.', found: false },
        { sign: 'greeting', text: 'Allmän hälsning.', found: true },
      ],
      extra: ['attachment'],
    });
    expect(reported.choices).toContain('sign-fraud-link');
    expect(reported.ended).toBe(false);
  });

  it('ends when every fraud is caught, moving to junk counts, and a real one reported is said', () => {
    const state = play(s, [
      { type: 'start-report', id: 'real' },
      { type: 'report', id: 'real', signs: [] },
      { type: 'start-report', id: 'fraud' },
      { type: 'report', id: 'fraud', signs: ['sender', 'link', 'pressure', 'greeting'] },
      { type: 'back' },
      { type: 'move', id: 'fraud2', folder: 'junk' },
    ]);
    expect(state.ended).toBe(true);
    expect(grade(s, state)).toEqual({ done: true, caught: ['fraud', 'fraud2'], missed: [], wronglyReported: ['real'], signsFound: 4, signsMissed: 1 });
  });

  it('moving a real message back out of junk takes back its report', () => {
    const state = play(s, [{ type: 'start-report', id: 'real' }, { type: 'report', id: 'real', signs: ['sender'] }, { type: 'move', id: 'real', folder: 'inbox' }]);
    expect(state.reports).toEqual({});
    expect(grade(s, state).wronglyReported).toEqual([]);
  });

  it('"Jag har letat klart" ends the round with the frauds left behind as missed', () => {
    const state = play(s, [{ type: 'start-report', id: 'fraud' }, { type: 'report', id: 'fraud', signs: ['sender'] }, { type: 'finish' }]);
    expect(state.ended).toBe(true);
    expect(grade(s, state)).toEqual({ done: false, caught: ['fraud'], missed: ['fraud2'], wronglyReported: [], signsFound: 1, signsMissed: 4 });
  });

  it('following a fraudulent link lands on the "Oj" page, and back goes to the message; nothing counts against', () => {
    const oops = play(s, [{ type: 'open-message', id: 'fraud' }, { type: 'follow-link', id: 'fraud', link: 'pay' }]);
    expect(oops.place).toEqual({ at: 'oops', id: 'fraud', link: 'pay' });
    expect(step(s, oops, { type: 'back' }).place).toEqual({ at: 'message', id: 'fraud' });
    expect(grade(s, oops)).toMatchObject({ caught: [], missed: ['fraud', 'fraud2'] });
    expect(step(s, initialState(s), { type: 'follow-link', id: 'fraud', link: 'pay' }).place.at).toBe('folder');
    expect(step(s, oops, { type: 'follow-link', id: 'fraud', link: 'nowhere' })).toBe(oops);
  });

  it('after the end, the learner may look around but changes nothing', () => {
    const ended = play(s, [{ type: 'finish' }]);
    expect(step(s, ended, { type: 'delete', id: 'real' })).toBe(ended);
    expect(step(s, ended, { type: 'start-report', id: 'fraud' })).toBe(ended);
    expect(step(s, ended, { type: 'write', mode: 'new' })).toBe(ended);
    expect(step(s, ended, { type: 'open-folder', folder: 'junk' }).place).toEqual({ at: 'folder', folder: 'junk' });
    expect(step(s, ended, { type: 'open-message', id: 'real' }).place).toEqual({ at: 'message', id: 'real' });
  });
});

describe('the digital mailbox', () => {
  const letter = { id: 'decision', sender: 'Verket', date: 'I dag', subject: 'Beslut', body: ['Text.'], attachment: { name: 'beslut.pdf', title: 'Beslut', body: ['Ja.'] }, unread: true };
  const s = scenario({ type: 'mailbox', letter: 'decision' }, { messages: [real, fraud], mailbox: { name: 'Brevlådan', letters: [letter], lettersFromErrands: true } });

  it('opens a letter and its document; done once the fraud is reported too', () => {
    const read = play(s, [{ type: 'open-mailbox' }, { type: 'open-letter', id: 'decision' }, { type: 'open-document', id: 'decision' }]);
    expect(read.place).toEqual({ at: 'document', id: 'decision' });
    expect(read.ended).toBe(false);
    expect(step(s, read, { type: 'back' }).place).toEqual({ at: 'letter', id: 'decision' });
    const done = play(s, [{ type: 'open-folder', folder: 'inbox' }, { type: 'start-report', id: 'fraud' }, { type: 'report', id: 'fraud', signs: ['sender'] }], read);
    expect(done.ended).toBe(true);
    expect(grade(s, done).done).toBe(true);
  });

  it('opens a letter an errand left, only when the scenario lets them in', () => {
    expect(play(s, [{ type: 'open-letter', id: 'errand:receipt-1' }]).place).toEqual({ at: 'letter', id: 'errand:receipt-1' });
    const closed = scenario({ type: 'find-fraud' }, { mailbox: { name: 'Brevlådan', letters: [letter], lettersFromErrands: false } });
    expect(play(closed, [{ type: 'open-letter', id: 'errand:receipt-1' }]).place.at).toBe('folder');
    expect(play(closed, [{ type: 'open-letter', id: 'nope' }]).place.at).toBe('folder');
  });

  it('a scenario without a mailbox has none to open', () => {
    const none = scenario({ type: 'find-fraud' });
    expect(step(none, initialState(none), { type: 'open-mailbox' })).toEqual(initialState(none));
  });
});

describe('a place kept for the browser session', () => {
  const s = scenario({ type: 'find-fraud' });

  it('comes back as it was, without the words the learner wrote', () => {
    const state = play(s, [{ type: 'write', mode: 'new' }, { type: 'send', typed: typed() }, { type: 'start-report', id: 'fraud' }, { type: 'report', id: 'fraud', signs: ['link'] }]);
    const restored = restoreState(JSON.parse(JSON.stringify(state)), s);
    expect(restored).toEqual({ ...state, sent: [{ ...state.sent[0], subject: '', text: '' }] });
  });

  it('writing starts afresh after a reload', () => {
    const writing = play(s, [{ type: 'write', mode: 'new' }]);
    expect(restoreState(JSON.parse(JSON.stringify(writing)), s)?.place).toEqual({ at: 'folder', folder: 'inbox' });
  });

  it('damaged or foreign data gives undefined', () => {
    const good = JSON.parse(JSON.stringify(initialState(s))) as Record<string, unknown>;
    expect(restoreState(good, s)).toEqual(initialState(s));
    for (const bad of [null, 'x', 3, { ...good, place: { at: 'elsewhere' } }, { ...good, place: { at: 'folder', folder: 'attic' } }, { ...good, folders: { real: 'inbox' } }, { ...good, choices: [1] }, { ...good, ended: 'no' }, { ...good, sent: [{ id: 1 }] }, { ...good, reports: { fraud: 'link' } }, { ...good, place: { at: 'message' } }])
      expect(restoreState(bad, s), JSON.stringify(bad)).toBeUndefined();
  });
});
