/**
 * Puts src/settings/head-script.js at the end of every page's <head>, as a
 * file of the site's own: minified, with a fingerprinted name (so it can be
 * kept for a year, like the other files under assets/). The service worker
 * precaches it with everything under assets/.
 *
 * Why last: the page's Content-Security-Policy <meta> stops Chromium's
 * preload scanner (it looks no further than such a tag), so the browser
 * finds the page's files only as its parser reaches them, and a blocking
 * script holds the parser until it has downloaded. Before the stylesheet it
 * cost a whole round trip on a slow line: the stylesheet and the entry script
 * were asked for only once it had arrived. After them, all three are asked for
 * at once. It still runs before the first paint: a script after a stylesheet
 * waits for that stylesheet, and the body, where the text is, comes after it.
 * test/browser/first-round-trip.test.ts keeps this order.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';

export const headScriptSource = 'src/settings/head-script.js';

/** The script as pages get it: minified, comments and all spaces gone. */
export function minifiedHeadScript(): string {
  const source = readFileSync(new URL(`../${headScriptSource}`, import.meta.url), 'utf8');
  const { code, errors } = minifySync('head-script.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`${headScriptSource} cannot be minified: ${errors.map((error) => error.message).join('; ')}`);
  return code;
}

export function headScriptPlugin(): Plugin {
  let base = '/';
  const code = minifiedHeadScript();
  const fileName = `assets/head-script-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
  return {
    name: 'natvana-head-script',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      // After Vite has put the stylesheet and the entry script into <head>, so this comes after them.
      order: 'post',
      handler: (_html, context) => [
        // The dev server serves the readable source; builds get the minified file.
        { tag: 'script', attrs: { src: `${base}${context.server ? headScriptSource : fileName}` }, injectTo: 'head' },
      ],
    },
  };
}
