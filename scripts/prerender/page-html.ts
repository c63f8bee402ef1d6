/**
 * Puts a prerendered page into the built index.html. Text goes in as it is:
 * no `String.replace` with a string, whose `$&`, `$'`, `` $` `` and `$$`
 * would turn a lesson sentence like "Price: $' …" into a copy of the page.
 */
export interface PageParts {
  lang: string;
  dir: string;
  title: string;
  /** Extra elements for the end of <head>. */
  head: string;
  /**
   * The page's own stylesheets (its chunk's CSS), put right after the first
   * stylesheet: before the head script, so the parser asks for them in the
   * same round trip, and in the order the cascade expects.
   */
  stylesheets?: string;
  /** The app's HTML for the root element. */
  body: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `template` with `marker` replaced once by `text`, taken literally; throws if the marker is missing. */
function insert(template: string, marker: string | RegExp, text: string): string {
  const match = typeof marker === 'string' ? { index: template.indexOf(marker), length: marker.length } : exec(template, marker);
  if (match.index === -1) throw new Error(`The page template has no ${String(marker)}: check index.html.`);
  return template.slice(0, match.index) + text + template.slice(match.index + match.length);
}

function exec(template: string, pattern: RegExp): { index: number; length: number; text: string } {
  const found = pattern.exec(template);
  return found ? { index: found.index, length: found[0].length, text: found[0] } : { index: -1, length: 0, text: '' };
}

export function pageHtml(template: string, parts: PageParts): string {
  let html = insert(template, /<html\b[^>]*>/, `<html lang="${escapeHtml(parts.lang)}" dir="${escapeHtml(parts.dir)}">`);
  html = insert(html, /<title>.*?<\/title>/, `<title>${escapeHtml(parts.title)}</title>`);
  if (parts.stylesheets) html = insert(html, /<link rel="stylesheet"[^>]*>/, `${exec(html, /<link rel="stylesheet"[^>]*>/).text}${parts.stylesheets}`);
  html = insert(html, '</head>', `  ${parts.head}\n  </head>`);
  return insert(html, '<!--app-html-->', parts.body);
}
