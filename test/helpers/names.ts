const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accessible name of visible text followed by visually hidden text that
 * starts with a space, as in `klicka<span class="visually-hidden"> (visa
 * förklaring)</span>` (the GOV.UK pattern). Browsers keep that space: Chromium
 * names the button "klicka (visa förklaring)". dom-accessibility-api, which
 * Testing Library uses, trims the text of each element, so in jsdom the words
 * run together. The match allows just that one difference and nothing more.
 */
export function nameWithHiddenText(visible: string, hidden: string): RegExp {
  return new RegExp(`^${escape(visible)} ?${escape(hidden)}$`);
}
