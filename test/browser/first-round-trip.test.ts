import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBrowserPage } from './support/browser-page.ts';

const session = openBrowserPage();

/** Pages of every kind the build writes: the start page, a lesson step with and without a practice, the other pages' and the instructor's chunks, the 404 and the offline shell. */
const pages = [
  '',
  'sv/',
  'sv/lesson/what-is-email/2/',
  'sv/lesson/log-in-with-e-id/5/',
  'sv/module/e-id/',
  'sv/certificate/email/',
  'sv/instructor/plan/',
  'en/about/',
  '404.html',
  'app-shell.html',
];

interface HeadTag {
  name: string;
  attributes: Record<string, string>;
  source: string;
}

/** The elements of <head> in the order the HTML parser meets them. */
function headTags(html: string): HeadTag[] {
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  return [...head.matchAll(/<(meta|link|script|style|title)\b([^>]*)>/g)].map((match) => ({
    name: match[1] ?? '',
    attributes: Object.fromEntries([...(match[2] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((pair) => [pair[1] ?? '', pair[2] ?? ''])),
    source: match[0],
  }));
}

/** A script the parser must download and run before it reads on: no src-less inline code, no async, defer or module. */
const blocksTheParser = (tag: HeadTag) => tag.name === 'script' && tag.attributes.type !== 'module' && !('async' in tag.attributes) && !('defer' in tag.attributes);

describe('every page asks for what its first paint needs in one round trip', () => {
  // A Content-Security-Policy <meta> stops Chromium's preload scanner, so the browser finds a page's files only as its
  // parser reaches them, and stops at a blocking script until it has arrived: whatever the page's first paint needs
  // must come before the one blocking script, the head script, for all of it to be asked for at once.
  it.each(pages)('%s: the stylesheets and the entry script come before the head script, the only script that blocks', async (address) => {
    const response = await session.page.request.get(`${session.siteUrl}${address}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const tags = headTags(html);
    const blocking = tags.filter(blocksTheParser);
    expect(blocking.map((tag) => tag.attributes.src ?? 'an inline script'), 'one blocking script, the head script').toEqual([
      expect.stringMatching(/\/assets\/head-script-[\w-]+\.js$/),
    ]);
    const headScript = tags.indexOf(blocking[0] as HeadTag);
    const stylesheets = tags.filter((tag) => tag.name === 'link' && tag.attributes.rel === 'stylesheet');
    const entryScripts = tags.filter((tag) => tag.name === 'script' && tag.attributes.type === 'module');
    expect(stylesheets.length, 'a stylesheet').toBeGreaterThan(0);
    expect(entryScripts.length, 'an entry script').toBe(1);
    for (const tag of [...stylesheets, ...entryScripts]) expect(tags.indexOf(tag), `${tag.source} before the head script`).toBeLessThan(headScript);
    // The policy still covers every file: a <meta> policy applies only to what comes after it.
    expect(tags[0]?.attributes['http-equiv']).toBe('Content-Security-Policy');
    // Nothing in the body blocks the parser either: the body holds the text the first paint shows.
    expect(html.slice(html.indexOf('<body>')), 'no script in the body').not.toMatch(/<script\b/);
  });

  it('in Chromium on a line with half a second per request, the stylesheet, the head script and the entry script are all asked for before any of them arrives', async () => {
    const { page, context, siteUrl } = session;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 500, downloadThroughput: 200_000, uploadThroughput: 90_000 });
    const events: { kind: 'asked' | 'arrived'; url: string }[] = [];
    const isFirstPaintFile = (request: Request) => /\/assets\/(head-script-[\w-]+\.js|index-[\w-]+\.(js|css))$/.test(request.url());
    page.on('request', (request) => isFirstPaintFile(request) && events.push({ kind: 'asked', url: request.url() }));
    page.on('response', (response) => isFirstPaintFile(response.request()) && events.push({ kind: 'arrived', url: response.url() }));
    try {
      await page.goto(`${siteUrl}sv/lesson/what-is-email/2/`, { waitUntil: 'load' });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp.detach();
    }
    const firstArrival = events.findIndex((event) => event.kind === 'arrived');
    const askedFirst = events.slice(0, firstArrival === -1 ? undefined : firstArrival).map((event) => event.url.replace(/^.*\/assets\//, ''));
    expect(askedFirst).toEqual(
      expect.arrayContaining([expect.stringMatching(/^head-script-/), expect.stringMatching(/^index-[\w-]+\.css$/), expect.stringMatching(/^index-[\w-]+\.js$/)]),
    );
  });
});
