import type { Image, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LessonNode } from '../../content/types.ts';
import { type CompileContext, startOf } from './context.ts';

const linkFix = 'Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path.';
const languageNames: Record<string, string> = { sv: 'Swedish', en: 'English' };

/**
 * Links are where a shared lesson pack could mislead a learner most easily,
 * so every check here is about what the learner sees against where the link
 * really goes. Schemes are compared in any case and written out in small
 * letters, so the player's `https://` test (for rel and the "opens another
 * website" note) sees every web link.
 */
export function compileLink(node: Link, context: CompileContext): LessonNode[] {
  const children = context.convertChildren(node.children);
  const href = node.url.trim();
  const text = toString(node).trim();
  const at = startOf(node);
  const refuse = (message: string, fix: string) => {
    context.problems.add(at, message, fix);
    return children;
  };

  if (text === '') {
    context.problems.add(at, 'The link has no text.', 'Write what the link leads to between the square brackets: [Skatteverket](https://…).');
  }
  // Browsers silently drop tabs and line breaks from an address and read \ as /, so what the checker reads could differ from where the link goes.
  if (/[\s\\]/.test(href) || [...href].some(isControl)) {
    return refuse('The link address has a space, a backslash (\\) or an invisible character in it.', 'Write the address without spaces, with / and not \\, like https://www.skatteverket.se/e-tjanster.');
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  const shownAddress = addressIn(text);

  if (scheme === 'https') {
    if (!/^https:\/\//i.test(href)) return refuse(`The web address ${href} needs two slashes after https:.`, 'Write it as https://, then the address.');
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return refuse(`The web address ${href} cannot be read.`, 'Copy the address from the browser\'s address bar.');
    }
    if (url.username || url.password) {
      return refuse(
        `The link has a user name or password before the @ (${href.slice(8, 8 + href.slice(8).indexOf('@'))}). It leads to ${url.hostname}, which a learner would not expect.`,
        'Remove everything between https:// and the @. A link in a lesson never carries a user name or password.',
      );
    }
    if (shownAddress && !sameSite(shownAddress, url.hostname)) {
      return refuse(
        `The link text is the web address ${shownAddress}, but the link leads to ${url.hostname}.`,
        'Make the text the address the link really leads to, or write words instead: [Skatteverket](https://www.skatteverket.se).',
      );
    }
    return [{ type: 'link', href: `https://${href.slice('https://'.length)}`, children }];
  }
  if (scheme === 'mailto') {
    const address = href.slice('mailto:'.length).split('?')[0] ?? '';
    const shownEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text : undefined;
    if ((shownEmail && shownEmail.toLowerCase() !== decodeSafely(address).toLowerCase()) || (shownAddress && !shownEmail)) {
      return refuse(`The link text is ${text}, but the link writes to ${address || '(no address)'}.`, 'Make the text the email address the link writes to, or write words instead.');
    }
    return [{ type: 'link', href: `mailto:${href.slice('mailto:'.length)}`, children }];
  }
  if (scheme) {
    return refuse(scheme === 'javascript' ? 'A javascript: link is not allowed.' : `Links starting with ${scheme}: are not allowed.`, linkFix);
  }
  if (/\.md(#.*)?$/.test(href)) {
    const path = href.replace(/#.*$/, '');
    const linkedLanguage = /\.([a-z]{2})\.md$/.exec(path)?.[1];
    if (context.language && linkedLanguage && linkedLanguage !== context.language) {
      const own = languageNames[context.language] ?? context.language;
      return refuse(
        `This ${own} lesson links to the ${languageNames[linkedLanguage] ?? `"${linkedLanguage}"`} file ${href}. The learner would get the ${own} lesson, not what the link says.`,
        `Link to the ${own} file: ${path.replace(/\.[a-z]{2}\.md$/, `.${context.language}.md`)}.`,
      );
    }
    if (shownAddress) {
      return refuse(`The link text is the web address ${shownAddress}, but the link leads to another lesson.`, 'Write words as the link text, like [Läs mer om e-post](../email/what-is-email.sv.md).');
    }
    const lessonId = context.resolveLessonLink(path);
    if (lessonId) return [{ type: 'link', lessonId, children }];
    return refuse(`The link leads to a lesson file that does not exist: ${href}`, 'Check the path from this file, like ../email/what-is-email.sv.md.');
  }
  return refuse(
    `The link address is not understood: ${href || '(empty)'}`,
    'Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path ending in .md.',
  );
}

/**
 * The host name a link text shows, when the text is a web address
 * ("www.bank.se", "https://bank.se/login"), in the form a browser uses
 * (small letters, international names as xn--…); otherwise undefined.
 */
function addressIn(text: string): string | undefined {
  if (!/^(?:https?:\/\/)?[^\s/@]+\.[\p{L}]{2,}\.?(?::\d+)?(?:[/?#]\S*)?$/iu.test(text)) return undefined;
  try {
    return new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** "bank.se" and "www.bank.se" are the same site to a learner; "bank.se.example" is not. */
function sameSite(shown: string, actual: string): boolean {
  const host = actual.replace(/\.$/, '');
  return shown === host || `www.${shown}` === host || shown === `www.${host}`;
}

const isControl = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function compileImage(node: Image, context: CompileContext): LessonNode[] {
  const at = startOf(node);
  const alt = (node.alt ?? '').trim();
  if (alt === '') {
    context.problems.add(
      at,
      'The picture has no alt text.',
      'Write what the picture shows between the square brackets: ![A keyboard with the @ key marked](…).',
    );
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) || node.url.startsWith('/')) {
    context.problems.add(at, `The picture must be a file in lessons/images, not ${node.url}.`, 'Save the picture in lessons/images/ and write the path from this file, like ../images/at-key.svg.');
    return [];
  }
  if (!/\.(svg|png|webp|jpe?g)$/i.test(node.url)) {
    context.problems.add(at, `The picture ${node.url} is not an SVG, PNG, WebP or JPEG file.`, 'Save the picture as SVG or PNG.');
    return [];
  }
  const image = context.resolveImage(node.url);
  if (!image) {
    context.problems.add(at, `The picture file does not exist: ${node.url}`, 'Check the file name and the path from this file, like ../images/at-key.svg.');
    return [];
  }
  if ('message' in image) {
    context.problems.add(at, image.message, image.fix);
    return [];
  }
  return alt === '' ? [] : [{ type: 'image', alt, ...image }];
}
