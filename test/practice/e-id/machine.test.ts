import { describe, expect, it } from 'vitest';
import type { EIdScenario } from '../../../src/practice/e-id/scenario.ts';
import { type EIdAction, type EIdState, initialState, isOrderOpen, qrFrame, reachedGoal, secondsLeft, step } from '../../../src/practice/e-id/machine.ts';
import { looksLikePersonalNumber } from '../../../src/practice/host/personal-number.ts';

const login: EIdScenario = {
  id: 'log-in',
  action: 'login',
  way: 'other-device',
  service: 'Provby kommun',
  page: 'Mina sidor',
  task: 'Logga in.',
  intent: 'Du loggar in.',
  done: 'Du är inloggad.',
  code: '135246',
  seconds: 5,
  expired: false,
};
const sign: EIdScenario = { ...login, id: 'sign', action: 'sign', way: 'this-device' };
const expired: EIdScenario = { ...login, id: 'expired', expired: true };
const fraud: EIdScenario = {
  ...login,
  id: 'fraud-call',
  way: 'this-device',
  call: { from: 'Okänt nummer', says: [{ id: 'hello', text: 'Hej.' }], signs: [{ id: 'urgency', text: 'Bråttom.' }] },
};

const run = (scenario: EIdScenario, ...actions: EIdAction[]): EIdState =>
  actions.reduce((state, action) => step(scenario, state, action), initialState(scenario));
const wrong: EIdAction = { type: 'enter-code', code: '111111' };
const right: EIdAction = { type: 'enter-code', code: '135 246' };
const tick: EIdAction = { type: 'tick' };

describe('a login on another device', () => {
  it('starts on the service page with the two ways', () => {
    expect(initialState(login).stage).toBe('choose-way');
  });

  it('shows the QR code, then the request once scanned, and logs in with the right code', () => {
    expect(run(login, { type: 'choose-way', way: 'other-device' }).stage).toBe('qr');
    expect(run(login, { type: 'choose-way', way: 'other-device' }, { type: 'scan' }).stage).toBe('request');
    const done = run(login, { type: 'choose-way', way: 'other-device' }, { type: 'scan' }, right);
    expect(done.stage).toBe('logged-in');
    expect(done.choices).toEqual(['other-device', 'scan', 'code-right']);
    expect(reachedGoal(login, 'logged-in')).toBe(true);
  });

  it('logs in with the fingerprint instead of the code, and can go back to the code', () => {
    const open = [{ type: 'choose-way', way: 'other-device' }, { type: 'scan' }] as const;
    expect(run(login, ...open, { type: 'use-fingerprint' }).stage).toBe('fingerprint');
    expect(run(login, ...open, { type: 'use-fingerprint' }, { type: 'use-code' }).stage).toBe('request');
    expect(run(login, ...open, { type: 'use-fingerprint' }, { type: 'fingerprint' }).stage).toBe('logged-in');
  });

  it('is cancelled from the QR code, the request or the fingerprint', () => {
    const qr = { type: 'choose-way', way: 'other-device' } as const;
    expect(run(login, qr, { type: 'cancel' }).stage).toBe('cancelled');
    expect(run(login, qr, { type: 'scan' }, { type: 'cancel' }).stage).toBe('cancelled');
    expect(run(login, qr, { type: 'scan' }, { type: 'use-fingerprint' }, { type: 'cancel' }).stage).toBe('cancelled');
    expect(reachedGoal(login, 'cancelled')).toBe(false);
  });

  it('shows a new QR code every second and runs out when the time is up', () => {
    const qr = { type: 'choose-way', way: 'other-device' } as const;
    expect(qrFrame(run(login, qr))).toBe(0);
    expect(qrFrame(run(login, qr, tick, tick))).toBe(2);
    expect(secondsLeft(login, run(login, qr, tick, tick))).toBe(3);
    const late = run(login, qr, tick, tick, tick, tick, tick);
    expect(late.stage).toBe('timed-out');
    expect(late.choices).toEqual(['other-device', 'time-out']);
    // Nothing happens after the end but starting over.
    expect(step(login, late, { type: 'scan' })).toBe(late);
  });

  it('keeps the code and the time still while paused', () => {
    const qr = { type: 'choose-way', way: 'other-device' } as const;
    const paused = run(login, qr, tick, { type: 'pause' }, tick, tick, tick, tick, tick, tick);
    expect(paused.stage).toBe('qr');
    expect(qrFrame(paused)).toBe(1);
    expect(run(login, qr, tick, { type: 'pause' }, tick, { type: 'resume' }, tick).elapsed).toBe(2);
  });

  it('runs out on the phone too, while the learner types the code', () => {
    expect(run(login, { type: 'choose-way', way: 'other-device' }, { type: 'scan' }, tick, tick, tick, tick, tick).stage).toBe('timed-out');
  });

  it('counts wrong codes: one and two leave the request open, three lock the practice e-ID', () => {
    const open = [{ type: 'choose-way', way: 'other-device' }, { type: 'scan' }] as const;
    const once = run(login, ...open, wrong);
    expect([once.stage, once.wrongCodes]).toEqual(['request', 1]);
    const twice = run(login, ...open, wrong, wrong);
    expect([twice.stage, twice.wrongCodes]).toEqual(['request', 2]);
    expect(run(login, ...open, wrong, wrong, right).stage).toBe('logged-in');
    const locked = run(login, ...open, wrong, wrong, wrong);
    expect([locked.stage, locked.wrongCodes]).toEqual(['locked', 3]);
    expect(step(login, locked, right)).toBe(locked);
  });

  it('ignores an action that does not fit the screen', () => {
    const start = initialState(login);
    expect(step(login, start, right)).toBe(start);
    expect(step(login, start, { type: 'scan' })).toBe(start);
    expect(step(login, start, tick)).toBe(start);
    expect(isOrderOpen(start)).toBe(false);
  });
});

describe('a login on this device', () => {
  it('opens the app on the same screen, with no QR code', () => {
    const open = run(login, { type: 'choose-way', way: 'this-device' });
    expect(open.stage).toBe('request');
    expect(open.way).toBe('this-device');
    expect(run(login, { type: 'choose-way', way: 'this-device' }, right).stage).toBe('logged-in');
  });
});

describe('a signing', () => {
  it('ends signed with the right code', () => {
    const done = run(sign, { type: 'choose-way', way: 'this-device' }, right);
    expect(done.stage).toBe('signed');
    expect(reachedGoal(sign, 'signed')).toBe(true);
    expect(reachedGoal(sign, 'logged-in')).toBe(false);
  });

  it('is cancelled, times out and locks like a login', () => {
    const open = { type: 'choose-way', way: 'this-device' } as const;
    expect(run(sign, open, { type: 'cancel' }).stage).toBe('cancelled');
    expect(run(sign, open, tick, tick, tick, tick, tick).stage).toBe('timed-out');
    expect(run(sign, open, wrong, wrong, wrong).stage).toBe('locked');
  });
});

describe('an expired practice e-ID', () => {
  it('ends on the expired screen when the app opens, either way', () => {
    expect(run(expired, { type: 'choose-way', way: 'other-device' }, { type: 'scan' }).stage).toBe('expired');
    expect(run(expired, { type: 'choose-way', way: 'this-device' }).stage).toBe('expired');
    expect(reachedGoal(expired, 'expired')).toBe(true);
  });
});

describe('the fraud call', () => {
  it('starts with the phone ringing', () => {
    expect(initialState(fraud).stage).toBe('ringing');
  });

  it('is refused by declining the call, hanging up or cancelling in the app', () => {
    expect(run(fraud, { type: 'decline-call' }).stage).toBe('fraud-refused');
    expect(run(fraud, { type: 'answer-call' }, { type: 'hang-up' }).stage).toBe('fraud-refused');
    expect(run(fraud, { type: 'answer-call' }, { type: 'open-app' }, { type: 'cancel' }).stage).toBe('fraud-refused');
    expect(run(fraud, { type: 'answer-call' }, { type: 'open-app' }, { type: 'on-call', answer: 'yes' }, { type: 'hang-up' }).stage).toBe('fraud-refused');
    expect(reachedGoal(fraud, 'fraud-refused')).toBe(true);
  });

  it('asks whether the learner is on a call and who started it; "someone called me" stops the login', () => {
    const asked = run(fraud, { type: 'answer-call' }, { type: 'open-app' });
    expect(asked.stage).toBe('on-call');
    const stopped = run(fraud, { type: 'answer-call' }, { type: 'open-app' }, { type: 'on-call', answer: 'yes' }, { type: 'who-called', answer: 'someone-called-me' });
    expect(stopped.stage).toBe('fraud-stopped');
    expect(stopped.choices).toEqual(['answer-call', 'open-app', 'on-call-yes', 'someone-called-me']);
    expect(reachedGoal(fraud, 'fraud-stopped')).toBe(true);
  });

  it('lets the caller in when the learner goes on and approves, which is not the goal', () => {
    const throughYes = run(fraud, { type: 'answer-call' }, { type: 'open-app' }, { type: 'on-call', answer: 'yes' }, { type: 'who-called', answer: 'i-called' }, right);
    expect(throughYes.stage).toBe('fraud-approved');
    const throughNo = run(fraud, { type: 'answer-call' }, { type: 'open-app' }, { type: 'on-call', answer: 'no' });
    expect(throughNo.stage).toBe('request');
    expect(step(fraud, throughNo, right).stage).toBe('fraud-approved');
    expect(reachedGoal(fraud, 'fraud-approved')).toBe(false);
  });
});

describe('a personal identity number typed by mistake', () => {
  it('is recognised by its check digit, with 10 or 12 digits, with or without a dash', () => {
    // 811218-9876 has a valid check digit; changing its last digit breaks it.
    expect(looksLikePersonalNumber('8112189876')).toBe(true);
    expect(looksLikePersonalNumber('811218-9876')).toBe(true);
    expect(looksLikePersonalNumber('19811218-9876')).toBe(true);
    expect(looksLikePersonalNumber('8112189875')).toBe(false);
    expect(looksLikePersonalNumber('135246')).toBe(false);
    expect(looksLikePersonalNumber('81121898761')).toBe(false);
  });
});
