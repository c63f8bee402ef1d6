/**
 * A scenario of the practice inbox ("Övningsmejlen") and its digital mailbox:
 * `lessons/practice/inbox/<id>.yaml`, with Swedish and English side by side
 * (see "Practice" in docs/lesson-format.md). Build time only: the lesson
 * pipeline checks and compiles it; the browser gets `InboxScenario` in one
 * language and imports this file for its types alone.
 */
import { z } from 'zod';
import { definePracticeKind, duplicateIds, perLanguage, plainText, type ScenarioProblem, scenarioId } from '../../lesson-pipeline/practice-kind.ts';

import { type FolderId, folderIds, type SignId, signIds } from './signs.ts';

export type { FolderId, SignId };

const address = z
  .string('Write an e-mail address, like anna@exempel.se.')
  .trim()
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Write an e-mail address with an @ and a dot after it, like anna@exempel.se.');

const webAddress = z
  .string('Write the link’s real address, like https://www.exempel.se/sida.')
  .trim()
  .regex(/^https?:\/\/[^\s/]+\.[^\s/]+\S*$/, 'Write the link’s real address in full, starting with https://, like https://www.exempel.se/sida.');

const paragraphs = z.array(perLanguage, 'Write the text as a list: each paragraph starts with "- sv: …" with en: under it.').min(1, 'Write at least one paragraph.');

const sign = z.strictObject({
  sign: z.enum(signIds, `Write one of the signs: ${signIds.join(', ')}.`),
  ...perLanguage.shape,
});

const message = z.strictObject({
  id: scenarioId,
  folder: z.enum(folderIds, `Write one of the folders: ${folderIds.join(', ')}.`).optional(),
  from: z.strictObject({ name: plainText, address }),
  cc: z.array(address).optional(),
  date: perLanguage,
  subject: perLanguage,
  body: paragraphs,
  links: z.array(z.strictObject({ id: scenarioId, text: perLanguage, address: webAddress }), 'Write the links as a list: "- id: …", text: and address:.').optional(),
  attachment: z.strictObject({ name: plainText }).optional(),
  unread: z.boolean('Write true or false.').optional(),
  fraud: z.boolean('Write true or false.').optional(),
  signs: z.array(sign, 'Write the signs as a list: "- sign: …" with sv: and en: under it.').optional(),
  real: perLanguage.optional(),
});

const letter = z.strictObject({
  id: scenarioId,
  sender: perLanguage,
  date: perLanguage,
  subject: perLanguage,
  body: paragraphs,
  attachment: z.strictObject({ name: plainText, title: perLanguage, body: paragraphs }).optional(),
  unread: z.boolean('Write true or false.').optional(),
});

const file = z.strictObject({ id: scenarioId, name: plainText, kind: z.enum(['picture', 'document'], 'Write picture or document.'), description: perLanguage });

const goal = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('reply'), message: scenarioId }),
    z.strictObject({ type: z.literal('write'), to: address, attach: scenarioId }),
    z.strictObject({ type: z.literal('find-fraud') }),
    z.strictObject({ type: z.literal('retrieve'), message: scenarioId }),
    z.strictObject({ type: z.literal('mailbox'), letter: scenarioId }),
  ],
  'Write the goal\'s type: reply, write, find-fraud, retrieve or mailbox.',
);

const schema = z.strictObject({
  id: scenarioId,
  task: perLanguage,
  me: z.strictObject({ name: plainText, address }),
  goal,
  messages: z.array(message, 'Write the messages as a list: each starts with "- id: …".').min(1, 'Write at least one message.'),
  files: z.array(file, 'Write the files as a list: each starts with "- id: …".').optional(),
  mailbox: z.strictObject({ name: perLanguage, letters: z.array(letter).min(1, 'Write at least one letter.'), lettersFromErrands: z.boolean('Write true or false.').optional() }).optional(),
  done: perLanguage,
});

type ScenarioFile = z.infer<typeof schema>;

export interface InboxLink {
  id: string;
  text: string;
  address: string;
}

export interface InboxSign {
  sign: SignId;
  text: string;
}

/** A message in the practice inbox, in one language. */
export interface InboxMessage {
  id: string;
  folder: FolderId;
  from: { name: string; address: string };
  cc: string[];
  date: string;
  subject: string;
  body: string[];
  links: InboxLink[];
  attachment?: { name: string };
  unread: boolean;
  /** A fraudulent message: reporting it is right, and its signs are explained strongest first. */
  fraud: boolean;
  signs: InboxSign[];
  /** For a real message: why it can be trusted, said when the learner reports it. */
  real?: string;
}

/** A letter in the digital mailbox: only checked senders reach it. */
export interface InboxLetter {
  id: string;
  sender: string;
  date: string;
  subject: string;
  body: string[];
  /** The PDF-like document that comes with the letter. */
  attachment?: { name: string; title: string; body: string[] };
  unread: boolean;
}

export interface InboxFile {
  id: string;
  name: string;
  kind: 'picture' | 'document';
  description: string;
}

export type InboxGoal = ScenarioFile['goal'];

/** A scenario of the practice inbox in one language, as the browser gets it. */
export interface InboxScenario {
  id: string;
  task: string;
  /** The learner's practice name and address. */
  me: { name: string; address: string };
  goal: InboxGoal;
  messages: InboxMessage[];
  /** The practice files the file picker offers. */
  files: InboxFile[];
  /** The digital mailbox, the kind's second look. */
  mailbox?: { name: string; letters: InboxLetter[]; lettersFromErrands: boolean };
  /** What the practice says when the goal is reached. */
  done: string;
}

const signOrder = (a: { sign: SignId }, b: { sign: SignId }) => signIds.indexOf(a.sign) - signIds.indexOf(b.sign);

function messageProblems(scenario: ScenarioFile): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  scenario.messages.forEach((message, index) => {
    const at = ['messages', index];
    const signs = message.signs ?? [];
    if (message.fraud && signs.length === 0) problems.push({ at: [...at, 'fraud'], message: 'A fraudulent message needs its signs.', fix: 'Add signs: a list of "- sign: sender" (or link, pressure, …) with sv: and en: that explain it.' });
    if (!message.fraud && signs.length > 0) problems.push({ at: [...at, 'signs'], message: 'Only a fraudulent message has signs.', fix: 'Write fraud: true, or remove the signs.' });
    if (!message.fraud && message.real === undefined && scenario.goal.type !== 'reply' && scenario.goal.type !== 'write' && scenario.goal.type !== 'retrieve')
      problems.push({ at: at, message: 'A real message in this scenario needs "real": why it can be trusted.', fix: 'Add real: with sv: and en:, said if the learner reports it as fraud.' });
    signs.forEach((found, place) => {
      if (found.sign === 'link' && (message.links ?? []).length === 0) problems.push({ at: [...at, 'signs', place, 'sign'], message: 'The sign "link" needs a link in the message.', fix: 'Add links: with the link’s text and its real address.' });
      if (found.sign === 'attachment' && !message.attachment) problems.push({ at: [...at, 'signs', place, 'sign'], message: 'The sign "attachment" needs an attachment in the message.', fix: 'Add attachment: with a name: such as faktura.pdf.' });
      const earlier = signs.slice(0, place).find((before) => signOrder(before, found) > 0 || before.sign === found.sign);
      if (earlier) problems.push({ at: [...at, 'signs', place, 'sign'], message: `The sign "${found.sign}" comes after "${earlier.sign}" or twice.`, fix: `List each sign once, strongest first: ${signIds.join(', ')}.` });
    });
    problems.push(...duplicateIds(message.links ?? [], [...at, 'links']));
  });
  return problems;
}

function goalProblems(scenario: ScenarioFile): ScenarioProblem[] {
  const { goal } = scenario;
  const messageIds = new Set(scenario.messages.map((message) => message.id));
  const missing = (what: string, id: string, field: string, fix: string): ScenarioProblem => ({ at: ['goal', field], message: `There is no ${what} with the id "${id}".`, fix });
  switch (goal.type) {
    case 'reply':
    case 'retrieve':
      return messageIds.has(goal.message) ? [] : [missing('message', goal.message, 'message', 'Write the id of one of the messages.')];
    case 'write':
      return (scenario.files ?? []).some((one) => one.id === goal.attach) ? [] : [missing('file', goal.attach, 'attach', 'Write the id of one of the files under files:.')];
    case 'find-fraud':
      return scenario.messages.some((message) => message.fraud) ? [] : [{ at: ['goal', 'type'], message: 'There is no fraudulent message to find.', fix: 'Write fraud: true and its signs on at least one message.' }];
    case 'mailbox':
      if (!scenario.mailbox) return [{ at: ['goal', 'type'], message: 'The goal "mailbox" needs a mailbox.', fix: 'Add mailbox: with name: and letters:.' }];
      return scenario.mailbox.letters.some((one) => one.id === goal.letter && one.attachment) ? [] : [missing('letter with an attachment', goal.letter, 'letter', 'Write the id of a letter under mailbox: letters: that has an attachment:.')];
  }
}

export const inboxKind = definePracticeKind({
  schema,
  examples: {
    task: 'task:\n  sv: Svara på mejlet från Maja.\n  en: Reply to the e-mail from Maja.',
    me: 'me:\n  name: Kim Svensson\n  address: kim@exempel.se',
    goal: 'goal:\n  type: reply\n  message: from-maja',
    messages: 'messages:\n  - id: from-maja\n    from:\n      name: Maja Berg\n      address: maja@exempel.se\n    …',
    from: 'from:\n  name: Maja Berg\n  address: maja@exempel.se',
    date: 'date:\n  sv: I dag 09.12\n  en: Today 09:12',
    subject: 'subject:\n  sv: Middag på söndag\n  en: Dinner on Sunday',
    body: 'body:\n  - sv: Hej!\n    en: Hello!',
    address: 'address: https://www.exempel.se/sida',
    done: 'done:\n  sv: Bra! Du svarade.\n  en: Well done! You replied.',
  },
  inLanguage(scenario, language): InboxScenario {
    const words = (list: { sv: string; en: string }[]) => list.map((text) => text[language]);
    return {
      id: scenario.id,
      task: scenario.task[language],
      me: scenario.me,
      goal: scenario.goal,
      messages: scenario.messages.map((message) => ({
        id: message.id,
        folder: message.folder ?? 'inbox',
        from: message.from,
        cc: message.cc ?? [],
        date: message.date[language],
        subject: message.subject[language],
        body: words(message.body),
        links: (message.links ?? []).map((link) => ({ id: link.id, text: link.text[language], address: link.address })),
        ...(message.attachment ? { attachment: message.attachment } : {}),
        unread: message.unread ?? false,
        fraud: message.fraud ?? false,
        signs: [...(message.signs ?? [])].sort(signOrder).map((found) => ({ sign: found.sign, text: found[language] })),
        ...(message.real ? { real: message.real[language] } : {}),
      })),
      files: (scenario.files ?? []).map((one) => ({ id: one.id, name: one.name, kind: one.kind, description: one.description[language] })),
      ...(scenario.mailbox
        ? {
            mailbox: {
              name: scenario.mailbox.name[language],
              lettersFromErrands: scenario.mailbox.lettersFromErrands ?? false,
              letters: scenario.mailbox.letters.map((one) => ({
                id: one.id,
                sender: one.sender[language],
                date: one.date[language],
                subject: one.subject[language],
                body: words(one.body),
                ...(one.attachment ? { attachment: { name: one.attachment.name, title: one.attachment.title[language], body: words(one.attachment.body) } } : {}),
                unread: one.unread ?? false,
              })),
            },
          }
        : {}),
      done: scenario.done[language],
    };
  },
  check(scenario) {
    return [
      ...duplicateIds(scenario.messages, ['messages']),
      ...duplicateIds(scenario.files ?? [], ['files']),
      ...(scenario.mailbox ? duplicateIds(scenario.mailbox.letters, ['mailbox', 'letters']) : []),
      ...messageProblems(scenario),
      ...goalProblems(scenario),
    ];
  },
});
