import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml, pageHtml } from '../../scripts/prerender/page-html.ts';

const template = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');

/** Each sequence String.replace gives a meaning to in its replacement text. */
const specialSequences = ["$'", '$`', '$&', '$$', '$1', '$<name>'];

describe('a prerendered page', () => {
  it.each(specialSequences)('keeps %s in body text, a title and the library’s contact text as written', (sequence) => {
    const body = `<main><p>Pris: ${sequence} 20 kr</p><footer><p>Ring ${sequence} biblioteket</p></footer></main>`;
    const html = pageHtml(template, { lang: 'sv', dir: 'ltr', title: `Steg ${sequence} – Nätvana`, head: '<meta name="x">', body });
    expect(html).toContain(body);
    expect(html).toContain(`<title>${escapeHtml(`Steg ${sequence} – Nätvana`)}</title>`);
    expect(html.match(/<html\b/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--app-html-->');
  });

  it('carries the page’s language and direction', () => {
    const html = pageHtml(template, { lang: 'ar', dir: 'rtl', title: 'ا', head: '', body: '' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });

  it('escapes a title, so text in it can never become markup', () => {
    const html = pageHtml(template, { lang: 'sv', dir: 'ltr', title: '</title><script>alert(1)</script>', head: '', body: '' });
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('links a page’s own stylesheets right after the first one, before the head script, so all are asked for at once', () => {
    const built = template.replace(
      '</head>',
      '<link rel="stylesheet" crossorigin href="/assets/index-a.css">\n<script src="/assets/head-script-a.js"></script>\n</head>',
    );
    const own = '<link rel="stylesheet" crossorigin href="/assets/instructor-a.css">';
    const html = pageHtml(built, { lang: 'sv', dir: 'ltr', title: '', head: '', stylesheets: own, body: '' });
    expect(html.indexOf('index-a.css')).toBeLessThan(html.indexOf('instructor-a.css'));
    expect(html.indexOf('instructor-a.css')).toBeLessThan(html.indexOf('head-script-a.js'));
    expect(html.match(/instructor-a\.css/g)).toHaveLength(1);
  });

  it('stops the build when the template has lost its place for the app', () => {
    expect(() => pageHtml('<html><head><title></title></head><body></body></html>', { lang: 'sv', dir: 'ltr', title: '', head: '', body: '' })).toThrow(
      /<!--app-html-->/,
    );
  });
});
