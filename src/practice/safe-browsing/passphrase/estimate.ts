/**
 * A small passphrase strength estimator that knows Swedish, after NCSC's and
 * NIST SP 800-63B's guidance: length counts most, three random words are
 * strong, and what a guesser tries first (leaked passwords, common words and
 * names, a season with a year, keyboard runs, a digit for a letter) counts for
 * little. It estimates how many guesses the cheapest way of building the text
 * from such pieces would take (in bits), in the spirit of zxcvbn, with word
 * lists that are data files beside it. Pure: no network, nothing kept.
 */

export type Strength = 'empty' | 'too-short' | 'weak' | 'fair' | 'strong';

/** What the estimator noticed, each explained to the learner in plain words. */
export type Finding = 'common-password' | 'common-word' | 'season-year' | 'year' | 'keyboard-run' | 'repeat' | 'digit-swap' | 'only-digits' | 'short';

export interface Estimate {
  strength: Strength;
  /** log2 of the guesses the cheapest way takes. */
  bits: number;
  findings: Finding[];
  /** The common words and names found, as written, for the feedback. */
  words: string[];
}

export interface WordLists {
  /** Leaked and common passwords, most common first. */
  passwords: readonly string[];
  /** Common Swedish words, names, seasons and places, most common first. */
  common: readonly string[];
  /** A larger list of words, such as random passphrases are built from. */
  dictionary: readonly string[];
  /** Keyboard rows and alphabets: a run along one is easy to guess. */
  rows: readonly string[];
}

/** NIST SP 800-63B: at least eight characters. */
export const shortest = 8;
/** Below this (about 16 million guesses) a text is weak: a guessing program gets there in minutes. */
const fairBits = 24;
/** About 10^10 guesses: what zxcvbn calls very unguessable. */
const strongBits = 33;
/** Long pastes are cut, so estimating stays fast. */
const longest = 128;

const digitFor: Readonly<Record<string, readonly string[]>> = { '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '8': ['b'], '@': ['a'], $: ['s'], '!': ['i'] };
const seasons = new Set(['sommar', 'sommaren', 'vinter', 'vintern', 'höst', 'hösten', 'vår', 'våren', 'jul', 'julen', 'midsommar', 'påsk']);

interface Token {
  bits: number;
  finding?: Finding;
  word?: string;
  common?: boolean;
  season?: boolean;
  year?: boolean;
}

interface Estimator {
  (text: string): Estimate;
}

/** The ways a piece of text can be read back to a word: as written, and with each digit or sign that looks like a letter swapped back. */
function readings(piece: string): { word: string; swapped: boolean }[] {
  let variants = [''];
  for (const char of piece) {
    const letters = digitFor[char];
    variants = letters ? variants.flatMap((variant) => [variant + char, ...letters.map((letter) => variant + letter)]) : variants.map((variant) => variant + char);
    if (variants.length > 16) variants = variants.slice(0, 16);
  }
  return variants.map((word) => ({ word, swapped: word !== piece }));
}

function charBits(char: string): number {
  if (/\p{Ll}/u.test(char)) return Math.log2(29);
  if (/\p{Lu}/u.test(char)) return Math.log2(29) + 1;
  if (/\d/.test(char)) return Math.log2(10);
  if (char === ' ' || char === '-' || char === '.' || char === '_') return 2;
  // The signs people add at the end to pass a rule are tried first.
  if ('!?#*@$&'.includes(char)) return 3;
  return Math.log2(33);
}

/** Capitals cost a guesser little when they are where people put them. */
function capitalBits(piece: string): number {
  const lower = piece.toLowerCase();
  if (piece === lower) return 0;
  if (piece === piece.toUpperCase() || piece.slice(1) === lower.slice(1)) return 1;
  return [...piece].filter((char, index) => char !== lower[index]).length * 1.5;
}

export function makeEstimator(lists: WordLists): Estimator {
  const passwordRank = new Map(lists.passwords.map((password, rank) => [password, rank] as const));
  const wordBits = new Map<string, { bits: number; common: boolean }>();
  const dictionaryBits = Math.log2(lists.dictionary.length + lists.common.length);
  for (const word of lists.dictionary) wordBits.set(word, { bits: dictionaryBits, common: false });
  lists.common.forEach((word, rank) => {
    if (!wordBits.get(word)?.common) wordBits.set(word, { bits: Math.log2(rank + 2), common: true });
  });
  const longestWord = Math.max(...[...wordBits.keys()].map((word) => word.length));

  function run(lower: string): boolean {
    if (lower.length < 3) return false;
    const reversed = [...lower].reverse().join('');
    return lists.rows.some((row) => row.includes(lower) || row.includes(reversed));
  }

  /** Every way to read text[from..to) as one piece, cheapest first. */
  function pieces(text: string, lower: string, from: number, to: number): Token[] {
    const piece = text.slice(from, to);
    const lowerPiece = lower.slice(from, to);
    const found: Token[] = [];
    if (to - from >= 3) {
      for (const { word, swapped } of readings(lowerPiece)) {
        const known = wordBits.get(word);
        if (known) {
          const swaps = swapped ? [...lowerPiece].filter((char, index) => char !== word[index]).length : 0;
          const finding: Finding | undefined = swapped ? 'digit-swap' : known.common ? 'common-word' : undefined;
          found.push({ bits: known.bits + capitalBits(piece) + swaps, ...(finding ? { finding } : {}), ...(known.common ? { common: true, word: piece } : {}), season: seasons.has(word) });
        }
      }
    }
    if (/^(?:18|19|20)\d\d$/.test(piece)) found.push({ bits: Math.log2(250), finding: 'year', year: true });
    if (run(lowerPiece)) found.push({ bits: Math.log2(lists.rows.length * 2) + Math.log2(to - from), finding: 'keyboard-run' });
    if (to - from >= 3 && new Set(lowerPiece).size === 1) found.push({ bits: charBits(piece.charAt(0)) + Math.log2(to - from), finding: 'repeat' });
    if (to - from === 1) found.push({ bits: charBits(piece) });
    return found;
  }

  return function estimate(input: string): Estimate {
    const text = input.slice(0, longest);
    const characters = [...text].length;
    if (characters === 0) return { strength: 'empty', bits: 0, findings: [], words: [] };
    const lower = text.toLowerCase();
    const leaked = passwordRank.get(lower.trim()) ?? readings(lower.trim()).map((reading) => passwordRank.get(reading.word)).find((rank) => rank !== undefined);

    // The cheapest way to build text[0..i) from pieces, each piece costing its bits plus one for its place in the order.
    const best: { bits: number; tokens: Token[] }[] = [{ bits: 0, tokens: [] }];
    for (let to = 1; to <= text.length; to += 1) {
      let choice: { bits: number; tokens: Token[] } | undefined;
      for (let from = Math.max(0, to - longestWord); from < to; from += 1) {
        const before = best[from];
        if (!before) continue;
        for (const token of pieces(text, lower, from, to)) {
          const bits = before.bits + token.bits + 1;
          if (!choice || bits < choice.bits) choice = { bits, tokens: [...before.tokens, token] };
        }
      }
      best[to] = choice ?? { bits: Infinity, tokens: [] };
    }
    const found = best[text.length] ?? { bits: Infinity, tokens: [] };
    const bits = leaked === undefined ? found.bits : Math.min(found.bits, Math.log2(leaked + 2));

    const findings = new Set<Finding>();
    if (leaked !== undefined) findings.add('common-password');
    found.tokens.forEach((token, index) => {
      if (token.finding) findings.add(token.finding);
      if (token.common) findings.add('common-word');
      const next = found.tokens.slice(index + 1).find((later) => later.bits > 2.5);
      if (token.season && next?.year) findings.add('season-year');
    });
    if (/^\d+$/.test(text)) findings.add('only-digits');
    if (characters < shortest) findings.add('short');
    if (findings.has('season-year')) findings.delete('year');
    const words = [...new Set(found.tokens.flatMap((token) => (token.word ? [token.word] : [])))];

    const strength: Strength = characters < shortest ? 'too-short' : leaked !== undefined || bits < fairBits ? 'weak' : bits < strongBits ? 'fair' : 'strong';
    return { strength, bits: Math.round(bits * 10) / 10, findings: [...findings], words };
  };
}
