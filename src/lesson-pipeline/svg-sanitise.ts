import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

/**
 * SVG pictures at build time. An SVG is a document that can hold scripts: shown
 * with <img> a browser never runs them, but opened on its own (a right-click
 * "open image", or the offline cache) it runs on Nätvana's origin, and a host
 * that sends no Content-Security-Policy header gives it no protection at all.
 * So every SVG is read as XML, and what the build emits is DOMPurify's copy:
 * no scripts, no event handlers, no foreignObject, no references to other
 * files or sites, no javascript: addresses.
 */

export interface SvgResult {
  /** The sanitised picture, as the build emits it. */
  svg: string;
  /** Active or outside content that was removed, in plain words, for the author. */
  dangers: string[];
  /** Only set when the file is not an SVG at all. */
  notSvg?: string;
}

let shared: { purify: DOMPurify; window: JSDOM['window'] } | undefined;

/** One jsdom window for the whole build: making one takes about 100 ms. */
function tools() {
  if (!shared) {
    const { window } = new JSDOM('');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    shared = { purify, window };
  }
  return shared;
}

const activeElements = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener']);
/** Only a reference inside the picture itself (#id) stays: anything else loads another file or site. */
const isLocalReference = (value: string) => value.trim().startsWith('#');
const outsideUrl = /url\(\s*(?!['"]?#)/i;

export function sanitiseSvg(source: string): SvgResult {
  const { purify, window } = tools();
  // Entities declared in the file itself can expand to gigabytes (the "billion laughs"); no drawing needs them.
  if (/<!ENTITY/i.test(source)) return { svg: '', dangers: [], notSvg: 'it declares its own XML entities (<!ENTITY …>)' };
  const doc = new window.DOMParser().parseFromString(source, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || !root) return { svg: '', dangers: [], notSvg: 'it cannot be read as XML' };
  if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') {
    return { svg: '', dangers: [], notSvg: `its outermost element is <${root.localName}>, not <svg xmlns="http://www.w3.org/2000/svg">` };
  }

  const dangers = new Set<string>();
  purify.removeAllHooks();
  purify.addHook('uponSanitizeElement', (node, data) => {
    const name = data.tagName.toLowerCase();
    if (activeElements.has(name)) dangers.add(`<${name === 'foreignobject' ? 'foreignObject' : name}>`);
    // A <style> element can load other sites with @import or url(); the pictures need none.
    if (name === 'style' && (/@import/i.test(node.textContent ?? '') || outsideUrl.test(node.textContent ?? ''))) {
      dangers.add('a <style> that loads another file');
      node.parentNode?.removeChild(node);
    }
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (name.startsWith('on')) {
      dangers.add(`the event handler ${data.attrName}="…"`);
      data.keepAttr = false;
    } else if ((name === 'href' || name === 'xlink:href' || name === 'src') && !isLocalReference(data.attrValue)) {
      dangers.add(/^\s*javascript:/i.test(data.attrValue) ? 'a javascript: address' : `a reference to another file or site (${data.attrValue.slice(0, 60)})`);
      data.keepAttr = false;
    } else if (outsideUrl.test(data.attrValue)) {
      dangers.add(`a url(…) to another file or site in ${data.attrName}`);
      data.keepAttr = false;
    }
  });
  // focusable="false" is kept: the real module pictures carry it (it stops old browsers from giving an SVG keyboard focus).
  purify.sanitize(root, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_ATTR: ['focusable'], IN_PLACE: true });
  purify.removeAllHooks();
  return { svg: `${new window.XMLSerializer().serializeToString(root)}\n`, dangers: [...dangers] };
}
