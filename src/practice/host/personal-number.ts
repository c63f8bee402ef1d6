/**
 * Whether typed text looks like a real Swedish personal identity number:
 * 10 or 12 digits (with or without - or +) whose last digit is the right
 * check digit (the Luhn sum over the 10 digits YYMMDDNNNC). The practice never
 * needs one; a field that sees one says so kindly. Nothing typed is kept.
 */
export function looksLikePersonalNumber(text: string): boolean {
  const compact = text.replace(/[\s+-]/g, '');
  if (!/^(\d{10}|\d{12})$/.test(compact)) return false;
  const ten = compact.slice(-10);
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    let digit = Number(ten[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}
