import { describe, expect, it } from 'vitest';
import { dayNumber, type EServiceAction, type EServiceState, initialState, restoreState, secondsLeft, step, warningShown } from '../../../src/practice/e-service/machine.ts';
import type { EServiceField, EServiceScenario } from '../../../src/practice/e-service/scenario.ts';

const required = (message: string) => ({ check: 'required' as const, message });
const field = (id: string, type: EServiceField['type'], rules: EServiceField['rules'], extra: Partial<EServiceField> = {}): EServiceField => ({ id, type, label: id, optional: false, options: [], rules, ...extra });

const scenario: EServiceScenario = {
  id: 'test',
  agency: 'Provby verk',
  service: 'Testtjänst',
  login: 'log-in',
  person: { name: 'Pia Prov', number: '19610212-3457' },
  start: { about: 'Om', needs: ['e-ID'], time: '2 min', otherWays: 'Ring' },
  idle: { after: 60, warning: 30 },
  steps: [
    {
      id: 'address',
      title: 'Adress',
      fields: [
        field('street', 'text', [required('Skriv gatan.')]),
        field('zip', 'text', [required('Skriv postnumret.'), { check: 'digits', value: 5, message: 'Skriv postnumret med 5 siffror.' }]),
        field('flat', 'text', [{ check: 'max-length', value: 4, message: 'Högst 4 tecken.' }], { optional: true }),
      ],
    },
    {
      id: 'day',
      title: 'Dag',
      fields: [
        field('when', 'date', [
          required('Skriv dagen.'),
          { check: 'date', message: 'Felaktigt datum.' },
          { check: 'not-before', value: -7, message: 'För länge sedan.' },
          { check: 'not-after', value: 28, message: 'För långt fram.' },
        ]),
      ],
    },
    {
      id: 'contact',
      title: 'Kontakt',
      fields: [
        field('mail', 'email', [{ check: 'email', message: 'Skriv med @.' }], { optional: true }),
        field('with', 'choice', [required('Välj ett svar.')], { options: [{ id: 'no', text: 'Nej' }, { id: 'yes', text: 'Ja' }] }),
        field('pin', 'secret', [required('Skriv en kod.'), { check: 'digits', value: 4, message: '4 siffror.' }]),
        field('pin-again', 'secret', [required('Igen.'), { check: 'same-as', value: 'pin', message: 'Olika koder.' }]),
      ],
    },
  ],
  receipt: { title: 'Skickat', reference: 'PV-2026-0001', next: ['Vi läser den.'], cancel: { button: 'Avboka', done: 'Avbokad.' }, letter: { subject: 'Tack', paragraphs: ['Tack.'] } },
};

const today = '2026-12-07';
const run = (actions: EServiceAction[], from: EServiceState = initialState()) => actions.reduce((state, action) => step(scenario, state, action), from);
const type = (fieldId: string, value: string): EServiceAction => ({ type: 'type', field: fieldId, value });
const go = (secrets?: Record<string, string>): EServiceAction => ({ type: 'continue', today, ...(secrets ? { secrets } : {}) });
const loggedIn = run([{ type: 'start' }, { type: 'logged-in' }]);
const pageOneDone = [type('street', 'Provgatan 1'), type('zip', '123 45'), go()];
const pageTwoDone = [type('when', '2026-12-10'), go()];
const pageThreeDone = [type('with', 'no'), go({ pin: '1234', 'pin-again': '1234' })];
const atCheck = run([...pageOneDone, ...pageTwoDone, ...pageThreeDone], loggedIn);

describe('the practice e-service’s flow', () => {
  it('goes from the start page to the login, and to the first question once the e-ID says the learner is in', () => {
    expect(initialState().stage).toBe('start');
    const login = run([{ type: 'start' }]);
    expect(login.stage).toBe('login');
    expect(step(scenario, login, go()).stage).toBe('login');
    expect(loggedIn).toMatchObject({ stage: 'question', step: 0 });
  });

  it('keeps each page’s answers, goes on page by page and ends on the check page', () => {
    expect(run(pageOneDone, loggedIn)).toMatchObject({ stage: 'question', step: 1, problems: [] });
    expect(atCheck).toMatchObject({ stage: 'check', answers: { street: 'Provgatan 1', zip: '123 45', when: '2026-12-10', with: 'no' }, secrets: ['pin', 'pin-again'] });
  });

  it('lists every problem on the page, in its order, and counts the tries', () => {
    const first = run([go()], loggedIn);
    expect(first.problems).toEqual([
      { field: 'street', message: 'Skriv gatan.' },
      { field: 'zip', message: 'Skriv postnumret.' },
    ]);
    expect(first.stage).toBe('question');
    const second = run([type('zip', '1234'), type('flat', '12345'), go()], first);
    expect(second.problems).toEqual([
      { field: 'street', message: 'Skriv gatan.' },
      { field: 'zip', message: 'Skriv postnumret med 5 siffror.' },
      { field: 'flat', message: 'Högst 4 tecken.' },
    ]);
    expect(second.tries).toBe(first.tries + 1);
    expect(second.choices).toContain('problems:address');
  });

  it('takes an empty optional field, and a postcode with a space', () => {
    expect(run(pageOneDone, loggedIn).answers.flat).toBeUndefined();
    expect(run(pageOneDone, loggedIn).step).toBe(1);
  });

  it('says what is wrong with a date: not a date, more than a week ago, too far ahead', () => {
    const onDay = run(pageOneDone, loggedIn);
    const problemWith = (value: string) => run([type('when', value), go()], onDay).problems[0]?.message;
    expect(problemWith('')).toBe('Skriv dagen.');
    expect(problemWith('15 januari')).toBe('Felaktigt datum.');
    expect(problemWith('2026-02-30')).toBe('Felaktigt datum.');
    expect(problemWith('2026-11-29')).toBe('För länge sedan.');
    expect(problemWith('2026-11-30')).toBeUndefined();
    expect(problemWith('2027-01-04')).toBeUndefined();
    expect(problemWith('2027-01-05')).toBe('För långt fram.');
  });

  it('checks e-mail, a choice and a secret code that must be typed the same twice', () => {
    const onContact = run([...pageOneDone, ...pageTwoDone], loggedIn);
    expect(run([type('mail', 'pia.provby.se'), go({ pin: '12', 'pin-again': '13' })], onContact).problems).toEqual([
      { field: 'mail', message: 'Skriv med @.' },
      { field: 'with', message: 'Välj ett svar.' },
      { field: 'pin', message: '4 siffror.' },
      { field: 'pin-again', message: 'Olika koder.' },
    ]);
    expect(run([go()], onContact).problems.map((problem) => problem.message)).toEqual(['Välj ett svar.', 'Skriv en kod.', 'Igen.']);
  });

  it('never keeps a secret code: typing one changes nothing, and "Fortsätt" keeps only that it was chosen', () => {
    const onContact = run([...pageOneDone, ...pageTwoDone], loggedIn);
    expect(step(scenario, onContact, type('pin', '1234'))).toBe(onContact);
    expect(JSON.stringify(atCheck)).not.toContain('1234');
  });

  it('goes back a page keeping what was typed, and from the check page to the last question', () => {
    const onDay = run([...pageOneDone, type('when', '2026-12-0')], loggedIn);
    const back = run([{ type: 'back' }], onDay);
    expect(back).toMatchObject({ stage: 'question', step: 0, answers: { street: 'Provgatan 1', zip: '123 45', when: '2026-12-0' } });
    expect(run([{ type: 'back' }], back).step).toBe(0);
    expect(run([{ type: 'back' }], atCheck)).toMatchObject({ stage: 'question', step: 2 });
  });

  it('"Ändra" opens the page and returns to the check page after it, by "Fortsätt" or by the back link', () => {
    const changing = run([{ type: 'change', step: 0 }], atCheck);
    expect(changing).toMatchObject({ stage: 'question', step: 0, changing: true });
    const changed = run([type('street', 'Nygatan 2'), go()], changing);
    expect(changed).toMatchObject({ stage: 'check', changing: false, answers: { street: 'Nygatan 2' } });
    expect(changed.choices).toContain('change:address');
    expect(run([{ type: 'back' }], changing)).toMatchObject({ stage: 'check', changing: false });
    expect(run([type('zip', '1'), go()], changing)).toMatchObject({ stage: 'question', step: 0, changing: true });
    expect(step(scenario, atCheck, { type: 'change', step: 9 })).toBe(atCheck);
  });

  it('sends once: a back after sending says it is sent, and a second send does nothing', () => {
    const sent = run([{ type: 'send' }], atCheck);
    expect(sent).toMatchObject({ stage: 'receipt', answers: { with: 'no' }, secrets: [] });
    expect(step(scenario, sent, { type: 'send' })).toBe(sent);
    const back = run([{ type: 'back' }], sent);
    expect(back.stage).toBe('already-sent');
    expect(step(scenario, back, { type: 'send' })).toBe(back);
    expect(run([{ type: 'show-receipt' }], back).stage).toBe('receipt');
    expect(back.choices.filter((choice) => choice === 'sent')).toHaveLength(1);
  });

  it('cancels a booking once, from the receipt', () => {
    const sent = run([{ type: 'send' }], atCheck);
    const cancelled = run([{ type: 'cancel-booking' }], sent);
    expect(cancelled.cancelled).toBe(true);
    expect(step(scenario, cancelled, { type: 'cancel-booking' })).toBe(cancelled);
    expect(step(scenario, atCheck, { type: 'cancel-booking' })).toBe(atCheck);
  });

  it('warns after the idle time, gives more time on "Stanna kvar", and logs out when the warning runs out', () => {
    const ticks = (count: number, from: EServiceState) => run(Array.from({ length: count }, () => ({ type: 'tick' }) as const), from);
    const almost = ticks(59, loggedIn);
    expect(warningShown(scenario, almost)).toBe(false);
    const warned = ticks(1, almost);
    expect(warningShown(scenario, warned)).toBe(true);
    expect(secondsLeft(scenario, warned)).toBe(30);
    // The page behind the warning is inert: nothing but "Stanna kvar" counts.
    expect(step(scenario, warned, go())).toBe(warned);
    const stayed = run([{ type: 'stay' }], warned);
    expect(stayed.idle).toBe(0);
    expect(stayed.choices).toContain('stayed');
    const out = ticks(90, run([type('street', 'Provgatan 1')], loggedIn));
    expect(out.stage).toBe('logged-out');
    expect(out.answers).toEqual({});
    expect(ticks(5, out)).toBe(ticks(5, out));
  });

  it('resets the idle time whenever the learner does something, and runs no clock before the login or after sending', () => {
    const busy = run([{ type: 'tick' }, { type: 'tick' }, type('street', 'P')], loggedIn);
    expect(busy.idle).toBe(0);
    expect(step(scenario, initialState(), { type: 'tick' })).toEqual(initialState());
    const sent = run([{ type: 'send' }], atCheck);
    expect(step(scenario, sent, { type: 'tick' })).toBe(sent);
  });

  it('counts typing in a secret field as activity, as any typing is, and keeps nothing of it', () => {
    const waitFor = (count: number, from: EServiceState) => run(Array.from({ length: count }, () => ({ type: 'tick' }) as const), from);
    const onContact = run([...pageOneDone, ...pageTwoDone], loggedIn);
    const waited = waitFor(50, onContact);
    expect(waited.idle).toBe(50);
    const typing = step(scenario, waited, { type: 'type-secret', field: 'pin-again' });
    // Only the idle clock changes: no text, no answer, no choice.
    expect(typing).toEqual({ ...waited, idle: 0 });
    expect(warningShown(scenario, waitFor(59, typing))).toBe(false);
    expect(warningShown(scenario, waitFor(60, typing))).toBe(true);
  });

  it('takes activity from a secret field only on its own page, and only from a secret field', () => {
    const waited = run([{ type: 'tick' }, { type: 'tick' }], loggedIn);
    expect(step(scenario, waited, { type: 'type-secret', field: 'pin' })).toBe(waited);
    expect(step(scenario, waited, { type: 'type-secret', field: 'street' })).toBe(waited);
    expect(step(scenario, initialState(), { type: 'type-secret', field: 'pin' })).toEqual(initialState());
  });

  it('ignores actions that do not fit: typing into another page’s field, logging in twice', () => {
    expect(step(scenario, loggedIn, type('when', '2026-12-10'))).toBe(loggedIn);
    expect(step(scenario, loggedIn, { type: 'logged-in' })).toBe(loggedIn);
    expect(step(scenario, initialState(), { type: 'logged-in' })).toEqual(initialState());
  });
});

describe('dayNumber', () => {
  it('reads real calendar days only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-02-29')).toBeDefined();
    expect(dayNumber('2027-02-29')).toBeUndefined();
    expect(dayNumber('2027-1-5')).toBeUndefined();
  });
});

describe('restoreState', () => {
  it('takes a kept place back', () => {
    expect(restoreState(JSON.parse(JSON.stringify(atCheck)), scenario)).toEqual(atCheck);
  });

  it('refuses a damaged place, a page the scenario has not, and a secret in the answers', () => {
    expect(restoreState(null, scenario)).toBeUndefined();
    expect(restoreState('check', scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, stage: 'elsewhere' }, scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, step: 3 }, scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, answers: { pin: '1234' } }, scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, answers: { street: 5 } }, scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, problems: [{ field: 'nowhere', message: 'x' }] }, scenario)).toBeUndefined();
    expect(restoreState({ ...atCheck, idle: -1 }, scenario)).toBeUndefined();
  });
});
