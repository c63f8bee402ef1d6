import { describe, expect, it } from 'vitest';
import { initialState, outcomeOf, restoreState, type SafeBrowsingAction, type SafeBrowsingState, screenOf, step } from '../../../src/practice/safe-browsing/machine.ts';
import type { AddressScenario, PadlockScenario, PassphraseScenario, SafeBrowsingScenario, ShopScenario, WarningScenario } from '../../../src/practice/safe-browsing/scenario.ts';

function play(scenario: SafeBrowsingScenario, actions: SafeBrowsingAction[]): SafeBrowsingState {
  return actions.reduce((state, action) => step(scenario, state, action), initialState(scenario));
}

const address: AddressScenario = {
  id: 'whose',
  drill: 'address',
  task: 'Vem?',
  addresses: [
    { id: 'in-front', address: 'https://a.se.b.net/', owner: 'b.net', parts: [], choices: [{ owner: 'a.se', where: 'subdomain' }, { owner: 'b.net', where: 'owner' }], trick: 'subdomain', explain: '' },
    { id: 'plain', address: 'https://c.se/', owner: 'c.se', parts: [], choices: [{ owner: 'c.se', where: 'owner' }, { owner: 'x', where: 'elsewhere' }], trick: 'plain', explain: '' },
  ],
};
const padlock: PadlockScenario = {
  id: 'padlock',
  drill: 'padlock',
  task: '',
  pages: [
    { id: 'honest', address: 'https://a.se/', title: '', text: '', honest: true },
    { id: 'fake', address: 'https://b.net/', title: '', text: '', honest: false },
  ],
  question: '',
  answers: [
    { id: 'honest', text: '', right: false, explain: '' },
    { id: 'connection', text: '', right: true, explain: '' },
  ],
  after: '',
};
const shop: ShopScenario = {
  id: 'shop',
  drill: 'shop',
  task: '',
  fake: {
    address: 'https://b.net/',
    name: '',
    spots: [
      { id: 'price', label: '', text: '', sign: true, explain: '' },
      { id: 'picture', label: '', text: '', sign: false, explain: '' },
      { id: 'payment', label: '', text: '', sign: true, explain: '' },
    ],
  },
  honest: { address: 'https://a.se/', name: '', spots: [] },
  advice: [],
};
const warning: WarningScenario = {
  id: 'warning',
  drill: 'warning',
  task: '',
  page: { address: 'https://a.se/', title: '', text: '', link: '' },
  warning: { address: 'https://b.net/', title: '', text: '', phone: '08', traps: [{ id: 'call', text: '', explain: '' }] },
  comesBack: [],
};
const passphrase: PassphraseScenario = { id: 'passphrase', drill: 'passphrase', task: '' };

describe('whose address', () => {
  it('explains a wrong owner and lets the learner pick again; the right one takes the address apart', () => {
    const wrong = play(address, [{ type: 'pick', owner: 'a.se' }]);
    expect(wrong).toMatchObject({ index: 0, picked: ['a.se'], answered: false });
    expect(step(address, wrong, { type: 'next' })).toBe(wrong);
    const right = step(address, wrong, { type: 'pick', owner: 'b.net' });
    expect(right).toMatchObject({ picked: ['a.se', 'b.net'], answered: true });
    expect(screenOf(right)).not.toBe(screenOf(wrong));
    expect(step(address, right, { type: 'pick', owner: 'a.se' })).toBe(right);
  });

  it('goes address by address and ends done, with each wrong pick among the choices', () => {
    const state = play(address, [{ type: 'pick', owner: 'a.se' }, { type: 'pick', owner: 'b.net' }, { type: 'next' }, { type: 'pick', owner: 'c.se' }]);
    expect(outcomeOf(address, state)).toBeUndefined();
    const end = step(address, state, { type: 'next' });
    expect(outcomeOf(address, end)).toEqual({ done: true, choices: ['in-front:a.se', 'in-front:right', 'plain:right'] });
  });

  it('ignores an owner that is not offered, and the same wrong owner twice', () => {
    const once = play(address, [{ type: 'pick', owner: 'a.se' }]);
    expect(step(address, once, { type: 'pick', owner: 'a.se' })).toBe(once);
    expect(step(address, once, { type: 'pick', owner: 'evil.example' })).toBe(once);
  });
});

describe('the padlock pair', () => {
  it('opens each page’s padlock, explains a wrong answer and ends on the right one', () => {
    const looked = play(padlock, [{ type: 'open-padlock', page: 'fake' }, { type: 'open-padlock', page: 'nowhere' }, { type: 'answer', answer: 'honest' }]);
    expect(looked).toMatchObject({ opened: ['fake'], picked: ['honest'], finished: false });
    expect(outcomeOf(padlock, looked)).toBeUndefined();
    const end = step(padlock, looked, { type: 'answer', answer: 'connection' });
    expect(outcomeOf(padlock, end)).toEqual({ done: true, choices: ['honest', 'connection'] });
  });
});

describe('the padlock asked about before it is opened', () => {
  it('asks to open a padlock first, keeps every answer open, and lets the learner answer once one is opened', () => {
    const early = play(padlock, [{ type: 'answer', answer: 'connection' }]);
    expect(early).toMatchObject({ opened: [], picked: [], openFirst: true, finished: false });
    expect(outcomeOf(padlock, early)).toBeUndefined();
    expect(screenOf(early)).not.toBe(screenOf(initialState(padlock)));
    expect(step(padlock, early, { type: 'answer', answer: 'honest' })).toBe(early);
    // Opening the padlock is no new screen: focus stays on the padlock and its panel.
    const opened = step(padlock, early, { type: 'open-padlock', page: 'honest' });
    expect(screenOf(opened)).toBe(screenOf(early));
    const end = step(padlock, opened, { type: 'answer', answer: 'connection' });
    expect(outcomeOf(padlock, end)).toEqual({ done: true, choices: ['connection'] });
  });
});

describe('the fake shop', () => {
  it('explains a spot that is no sign, and ends done once every sign is found', () => {
    const state = play(shop, [{ type: 'mark', spot: 'picture' }, { type: 'mark', spot: 'price' }]);
    expect(state).toMatchObject({ found: ['price'], notSigns: ['picture'], last: 'price', finished: false });
    const end = step(shop, state, { type: 'mark', spot: 'payment' });
    expect(outcomeOf(shop, end)).toEqual({ done: true, choices: ['price', 'payment', 'not:picture'] });
  });

  it('ends not done when the learner stops looking with signs unfound', () => {
    expect(outcomeOf(shop, play(shop, [{ type: 'mark', spot: 'price' }, { type: 'stop-looking' }]))).toEqual({ done: false, choices: ['price'] });
  });
});

describe('the fake virus warning', () => {
  it('leaves full screen with Esc, then closes with the tab’s ×', () => {
    const full = play(warning, [{ type: 'open-link' }]);
    expect(full).toMatchObject({ stage: 'full-screen' });
    expect(step(warning, full, { type: 'close-tab' })).toBe(full);
    const windowed = step(warning, full, { type: 'key', key: 'Escape' });
    expect(windowed).toMatchObject({ stage: 'windowed' });
    const closed = step(warning, windowed, { type: 'close-tab' });
    expect(outcomeOf(warning, closed)).toEqual({ done: true, choices: ['closed'] });
  });

  it('closes at once with Ctrl+W, and explains the warning’s own buttons and any other key', () => {
    const trapped = play(warning, [{ type: 'open-link' }, { type: 'trap', trap: 'call' }, { type: 'key', key: 'Enter' }]);
    expect(trapped).toMatchObject({ stage: 'full-screen', trapped: ['call'], last: 'wrong-key', wrongKey: 'Enter' });
    const closed = step(warning, trapped, { type: 'key', key: 'Control+w' });
    expect(outcomeOf(warning, closed)).toEqual({ done: true, choices: ['trap:call', 'closed'] });
  });

  it('does nothing before the warning comes', () => {
    const page = initialState(warning);
    expect(step(warning, page, { type: 'key', key: 'Escape' })).toBe(page);
  });
});

describe('the passphrase', () => {
  it('ends once a strong passphrase is checked, keeping only the strengths, never the text', () => {
    const state = play(passphrase, [{ type: 'check', strength: 'weak' }, { type: 'check', strength: 'strong' }]);
    expect(outcomeOf(passphrase, state)).toEqual({ done: true, choices: ['weak', 'strong'] });
    expect(JSON.stringify(state)).not.toMatch(/kaffe|sommar/i);
  });
});

describe('a place kept for the session', () => {
  it('is read back when it fits the scenario', () => {
    for (const [scenario, actions] of [
      [address, [{ type: 'pick', owner: 'a.se' }]],
      [padlock, [{ type: 'open-padlock', page: 'fake' }]],
      [shop, [{ type: 'mark', spot: 'picture' }]],
      [warning, [{ type: 'open-link' }]],
      [passphrase, [{ type: 'check', strength: 'fair' }]],
    ] as const) {
      const state = play(scenario, [...actions]);
      expect(restoreState(JSON.parse(JSON.stringify(state)), scenario)).toEqual(state);
    }
  });

  it('is set aside when it is broken or belongs to another drill', () => {
    expect(restoreState(null, address)).toBeUndefined();
    expect(restoreState({ drill: 'shop', found: [], notSigns: [] }, address)).toBeUndefined();
    expect(restoreState({ drill: 'address', index: 9, picked: [], answered: false, choices: [] }, address)).toBeUndefined();
    expect(restoreState({ drill: 'warning', stage: 'exploded', trapped: [] }, warning)).toBeUndefined();
    expect(restoreState({ drill: 'passphrase', tries: ['hunter2'] }, passphrase)).toBeUndefined();
  });
});
