/**
 * Whether typed text looks like a real password or PIN, by two plain rules
 * that ordinary writing seldom meets, so the kind note comes when it should
 * and not on every sentence. The practice never needs a password; a field
 * that sees one says so kindly. Nothing typed is kept.
 *
 * 1. A word for a password or a code, then `:` or `=` and something, or then
 *    "är"/"is" and something with a digit or a sign in it: "lösenord: hemlis",
 *    "PIN=1234", "min kod är 4711", "my password is Sun2024". ("Mitt lösenord
 *    är hemligt" and "skriv koden i rutan" are ordinary sentences.)
 * 2. One word of 8 characters or more that mixes letters with digits or
 *    password signs (! # $ % & * ? = + _ ~ ^), such as "Sommar2024" or
 *    "katt#Hund". Not an e-mail address, a web address, a date, a time, a
 *    phone number or a word with a hyphen or a slash ("e-postadress",
 *    "och/eller", "COVID-19"): those have no letters beside digits in one run,
 *    or are addresses.
 */
const passwordWords = ['lösenordet', 'lösenord', 'lösen', 'pinkoden', 'pinkod', 'pin-koden', 'pin-kod', 'pin', 'koden', 'kod', 'säkerhetskoden', 'säkerhetskod', 'password', 'passcode', 'passwd', 'code'];
const passwordWord = `(?:${passwordWords.join('|')})`;
// After the word: ":" or "=" and any word; or "är"/"is"/"blir" and a word with a digit or a sign.
const namedWithSign = new RegExp(`(?:^|[^\\p{L}])${passwordWord}\\s*[:=]\\s*\\S`, 'iu');
const namedAs = new RegExp(`(?:^|[^\\p{L}])${passwordWord}\\s+(?:är|is|blir)(?:\\s*:)?\\s+(\\S+)`, 'iu');
const digitOrSign = /[\d!#$%&*?=+_~^]/u;
/** Punctuation that ends or opens a sentence or a quote, not part of the word. */
const outerPunctuation = /^[.,;:!?()[\]"'«»”“]+|[.,;:!?()[\]"'«»”“]+$/gu;
const webAddress = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/iu;
/** A run of letters, digits and password signs with at least one letter and one digit or sign. */
const mixedRun = /[\p{L}\d!#$%&*?=+_~^]+/gu;

function mixesLettersWithDigitsOrSigns(word: string): boolean {
  if (word.length < 8 || word.includes('@') || webAddress.test(word)) return false;
  return (word.match(mixedRun) ?? []).some((run) => run.length >= 8 && /\p{L}/u.test(run) && digitOrSign.test(run));
}

export function looksLikePassword(text: string): boolean {
  if (namedWithSign.test(text)) return true;
  const named = namedAs.exec(text)?.[1];
  if (named !== undefined && digitOrSign.test(named)) return true;
  return text.split(/\s+/u).some((word) => mixesLettersWithDigitsOrSigns(word.replace(outerPunctuation, '')));
}
