import { describe, expect, it } from 'vitest';
import { makeEstimator, type WordLists } from '../../../src/practice/safe-browsing/passphrase/estimate.ts';
import { randomWords, wordLists } from '../../../src/practice/safe-browsing/passphrase/word-lists.ts';

const estimate = makeEstimator(wordLists);

// Leaked and guessable: the most used passwords, and the Swedish patterns people reach for.
const weak = [
  '12345678',
  'password',
  'qwerty123',
  'lösenord1',
  'Sommar2024!',
  'Vinter2026',
  'sommaren2025',
  'Kalle1985',
  'Anna2010!',
  'Stockholm1',
  'Göteborg123',
  'asdfghjkl',
  'qwertyuiopå',
  'P@ssw0rd',
  'L0senord!',
  'aaaaaaaaaa',
  '1234567890',
  'Hammarby1897',
  'Mamma1234',
  'Katten2024',
];

// Three or four words that do not belong together, long random strings.
const strong = ['kaffe gurka moln', 'lampa cykel banan', 'KaffeGurkaMoln', 'tapet-sudda-klang', 'vinka timme navel', 'medel skarp tross', 'kx9#Qm2!vR7@pL4z', 'min cykel heter gustav och är blå'];

describe('the passphrase estimator', () => {
  it.each(weak)('rates the leaked or guessable %s weak', (text) => {
    expect(estimate(text).strength).toBe('weak');
  });

  it.each(strong)('rates %s strong', (text) => {
    expect(estimate(text).strength).toBe('strong');
  });

  it('says nothing for an empty field, and too short below eight characters (NIST)', () => {
    expect(estimate('')).toEqual({ strength: 'empty', bits: 0, findings: [], words: [] });
    expect(estimate('Xq7#').strength).toBe('too-short');
    expect(estimate('Xq7#').findings).toContain('short');
  });

  it('rates two random words fair: one more word makes it strong', () => {
    expect(estimate('kaffe gurka').strength).toBe('fair');
    expect(estimate('kaffe gurka moln').strength).toBe('strong');
  });

  it('names a season with a year, not only the year', () => {
    const { findings, words } = estimate('Sommar2024!');
    expect(findings).toContain('season-year');
    expect(findings).not.toContain('year');
    expect(words).toEqual(['Sommar']);
  });

  it('names common Swedish words and names, as written', () => {
    expect(estimate('Kalle1985')).toMatchObject({ findings: expect.arrayContaining(['common-word', 'year']), words: ['Kalle'] });
    expect(estimate('jagälskarmalmö').findings).toContain('common-word');
  });

  it('sees a digit for a letter, and gives it almost nothing', () => {
    const swapped = estimate('h3mligt!!');
    expect(swapped.findings).toEqual(expect.arrayContaining(['digit-swap', 'common-word']));
    expect(swapped.bits - estimate('hemligt!!').bits).toBeLessThanOrEqual(2);
  });

  it('sees keyboard runs either way round, on the Swedish rows', () => {
    expect(estimate('asdfghjklö').findings).toContain('keyboard-run');
    expect(estimate('poiuytrewq').findings).toContain('keyboard-run');
    expect(estimate('987654321').findings).toEqual(expect.arrayContaining(['keyboard-run', 'only-digits']));
  });

  it('sees a leaked password whatever its capitals', () => {
    expect(estimate('QWERTY123').findings).toContain('common-password');
  });

  it('grows with length: each random word adds strength', () => {
    const bits = ['kaffe', 'kaffe gurka', 'kaffe gurka moln', 'kaffe gurka moln tapet'].map((text) => estimate(text).bits);
    expect(bits).toEqual([...bits].sort((a, b) => a - b));
    expect(new Set(bits).size).toBe(4);
  });

  it('stays quick on a long paste', () => {
    const started = performance.now();
    estimate('a1!'.repeat(400));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('works from the lists it is given', () => {
    const tiny: WordLists = { passwords: [], common: ['zebra'], dictionary: [], rows: [] };
    expect(makeEstimator(tiny)('zebra2024').findings).toEqual(expect.arrayContaining(['common-word', 'year']));
  });
});

describe('the word lists', () => {
  it('hold the leaked passwords, the common Swedish words and several thousand words for passphrases, without notes', () => {
    expect(wordLists.passwords).toContain('lösenord');
    expect(wordLists.common).toEqual(expect.arrayContaining(['sommar', 'kalle', 'stockholm']));
    expect(wordLists.dictionary.length).toBeGreaterThan(4000);
    expect([...wordLists.passwords, ...wordLists.common, ...wordLists.dictionary].some((word) => word.startsWith('#') || word !== word.trim())).toBe(false);
  });

  it('give random words from the dictionary, and three of them are strong', () => {
    const words = randomWords(3, (below) => below - 1);
    expect(words).toHaveLength(3);
    expect(words.every((word) => wordLists.dictionary.includes(word))).toBe(true);
    let seed = 7;
    for (let round = 0; round < 50; round += 1) {
      const three = randomWords(3, (below) => (seed = (seed * 48271) % 2147483647) % below);
      expect(estimate(three.join(' ')).strength, three.join(' ')).toBe('strong');
    }
  });
});
