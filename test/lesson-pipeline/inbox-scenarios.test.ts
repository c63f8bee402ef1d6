import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import type { InboxScenario } from '../../src/practice/inbox/scenario.ts';
import { check, goodCurriculum, writeLessons } from './lesson-folder.ts';

const file = 'practice/inbox/spot-it.yaml';

/** A small scenario of the practice inbox: one fraud, one real message. Line numbers below count from here. */
function inboxYaml(): string {
  return [
    'id: spot-it', // 1
    'task:',
    '  sv: Hitta bedrägeriet.',
    '  en: Find the fraud.',
    'me:', // 5
    '  name: Kim Test',
    '  address: kim@exempel.se',
    'goal:',
    '  type: find-fraud',
    'messages:', // 10
    '  - id: fake',
    '    from:',
    '      name: Provbanken',
    '      address: info@provbanken-se.net',
    '    date:', // 15
    '      sv: I dag',
    '      en: Today',
    '    subject:',
    '      sv: Kontot spärras',
    '      en: Account locked', // 20
    '    body:',
    '      - sv: Logga in nu.',
    '        en: Log in now.',
    '    links:',
    '      - id: go', // 25
    '        text:',
    '          sv: Logga in',
    '          en: Log in',
    '        address: https://provbanken-se.net/in',
    '    fraud: true', // 30
    '    signs:',
    '      - sign: sender',
    '        sv: Fel adress.',
    '        en: Wrong address.',
    '      - sign: link', // 35
    '        sv: Fel länk.',
    '        en: Wrong link.',
    '  - id: real',
    '    from:',
    '      name: Bo', // 40
    '      address: bo@exempel.se',
    '    date:',
    '      sv: I går',
    '      en: Yesterday',
    '    subject:', // 45
    '      sv: Hej',
    '      en: Hello',
    '    body:',
    '      - sv: Hej!',
    '        en: Hi!', // 50
    '    real:',
    '      sv: Bo skriver som vanligt.',
    '      en: Bo writes as usual.',
    'done:',
    '  sv: Bra.', // 55
    '  en: Good.',
    '',
  ].join('\n');
}

describe('practice inbox scenario files', () => {
  it('compile once per language, the signs strongest first', () => {
    const source = inboxYaml().replace('      - sign: sender\n        sv: Fel adress.\n        en: Wrong address.\n      - sign: link\n        sv: Fel länk.\n        en: Wrong link.\n', '      - sign: link\n        sv: Fel länk.\n        en: Wrong link.\n');
    const dir = writeLessons({ ...goodCurriculum(), [file]: source });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    const en = curriculum.practiceScenarios.get('en/inbox/spot-it') as InboxScenario;
    expect(en.messages[0]).toMatchObject({ id: 'fake', folder: 'inbox', subject: 'Account locked', fraud: true, signs: [{ sign: 'link', text: 'Wrong link.' }], links: [{ id: 'go', text: 'Log in', address: 'https://provbanken-se.net/in' }] });
    expect(en.messages[1]).toMatchObject({ id: 'real', fraud: false, unread: false, real: 'Bo writes as usual.' });
    expect(en.files).toEqual([]);
  });

  it('refuse a missing field at the file and line', () => {
    expect(check({ [file]: inboxYaml().replace('    date:\n      sv: I dag\n      en: Today\n', '') })).toEqual([expect.objectContaining({ file, line: 11, message: 'The field "messages.0.date" is missing.' })]);
  });

  it('refuse an unknown sign, naming the signs there are', () => {
    expect(check({ [file]: inboxYaml().replace('sign: link', 'sign: colour') })).toEqual([
      expect.objectContaining({ file, line: 35, message: expect.stringContaining('sender, link, pressure, asks-for-login, attachment, greeting, spelling') }),
    ]);
  });

  it('refuse a link without its real address, or with an address that is not one', () => {
    expect(check({ [file]: inboxYaml().replace('        address: https://provbanken-se.net/in\n', '') })).toEqual([expect.objectContaining({ file, line: 25, message: 'The field "messages.0.links.0.address" is missing.' })]);
    expect(check({ [file]: inboxYaml().replace('https://provbanken-se.net/in', 'Logga in') })).toEqual([expect.objectContaining({ file, line: 29, message: expect.stringContaining('starting with https://') })]);
  });

  it('refuse a goal that names a message there is not', () => {
    expect(check({ [file]: inboxYaml().replace('  type: find-fraud', '  type: reply\n  message: from-nobody') })).toEqual([
      expect.objectContaining({ file, line: 10, message: 'There is no message with the id "from-nobody".' }),
    ]);
  });

  it('refuse signs out of order, a sign without its link, a fraud without signs and a real message without "real"', () => {
    const swapped = inboxYaml().replace('      - sign: sender\n        sv: Fel adress.\n        en: Wrong address.\n      - sign: link\n        sv: Fel länk.\n        en: Wrong link.\n', '      - sign: link\n        sv: Fel länk.\n        en: Wrong link.\n      - sign: sender\n        sv: Fel adress.\n        en: Wrong address.\n');
    expect(check({ [file]: swapped })).toEqual([expect.objectContaining({ file, line: 35, message: 'The sign "sender" comes after "link" or twice.' })]);
    const noLink = inboxYaml().replace(/ {4}links:\n( {6}.*\n| {8}.*\n| {10}.*\n)+/, '');
    expect(check({ [file]: noLink })).toEqual([expect.objectContaining({ message: 'The sign "link" needs a link in the message.' })]);
    expect(check({ [file]: inboxYaml().replace(/ {4}signs:\n( {6}.*\n)+ {2}- id: real/, '  - id: real') })).toEqual([expect.objectContaining({ file, line: 30, message: 'A fraudulent message needs its signs.' })]);
    expect(check({ [file]: inboxYaml().replace('    real:\n      sv: Bo skriver som vanligt.\n      en: Bo writes as usual.\n', '') })).toEqual([
      expect.objectContaining({ file, message: 'A real message in this scenario needs "real": why it can be trusted.' }),
    ]);
  });

  it('refuse a mailbox goal without a mailbox, and a write goal with a file there is not', () => {
    expect(check({ [file]: inboxYaml().replace('  type: find-fraud', '  type: mailbox\n  letter: decision') })).toEqual([expect.objectContaining({ file, message: 'The goal "mailbox" needs a mailbox.' })]);
    expect(check({ [file]: inboxYaml().replace('  type: find-fraud', '  type: write\n  to: bo@exempel.se\n  attach: cat') })).toEqual([expect.objectContaining({ file, message: 'There is no file with the id "cat".' })]);
  });
});
