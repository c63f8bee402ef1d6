import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileSitePage, loadSitePages, sitePageIds } from '../../src/lesson-pipeline/site-pages.ts';
import { ProblemList } from '../../src/lesson-pipeline/problems.ts';
import { uiLanguages } from '../../src/i18n/languages.ts';

const page = (body: string, frontMatter = 'title: En sida') => `---\n${frontMatter}\n---\n\n${body}`;

function compile(source: string) {
  const problems = new ProblemList('site-pages/privacy.sv.md');
  const compiled = compileSitePage(source, 'privacy', 'sv', problems);
  return { compiled, problems: problems.items };
}

function problem(line: number, message: string, fix = '') {
  return expect.objectContaining({ file: 'site-pages/privacy.sv.md', line, message: expect.stringContaining(message), fix: expect.stringContaining(fix) });
}

describe('a site page', () => {
  it('compiles its title, introduction and sections, with ### as h3 under the section’s h2', () => {
    const { compiled, problems } = compile(page('Först lite text.\n\n## Det här sparas\n\n- `natvana-progress`\n\n### Mer\n\nText.\n\n## Så raderar du\n\nTryck på knappen.\n'));
    expect(problems).toEqual([]);
    expect(compiled?.title).toBe('En sida');
    expect(compiled?.intro).toEqual([{ kind: 'content', nodes: [{ type: 'element', tag: 'p', children: ['Först lite text.'] }] }]);
    expect(compiled?.sections.map((section) => [section.id, section.title])).toEqual([
      ['det-har-sparas', 'Det här sparas'],
      ['sa-raderar-du', 'Så raderar du'],
    ]);
    const first = compiled?.sections[0]?.parts[0];
    expect(first?.kind === 'content' && first.nodes.map((node) => (typeof node === 'string' ? node : node.type === 'element' ? node.tag : node.type))).toEqual(['ul', 'h3', 'p']);
  });

  it('marks where the library’s contact goes with ::library-contact', () => {
    const { compiled, problems } = compile(page('## Säg till\n\nSå här:\n\n::library-contact\n\nTack.\n'));
    expect(problems).toEqual([]);
    expect(compiled?.sections[0]?.parts.map((part) => part.kind)).toEqual(['content', 'library-contact', 'content']);
  });

  it('gives two sections with the same heading their own ids', () => {
    const { compiled } = compile(page('## Mer\n\nA.\n\n## Mer\n\nB.\n'));
    expect(compiled?.sections.map((section) => section.id)).toEqual(['mer', 'mer-2']);
  });

  it('reports a page without front matter at line 1', () => {
    expect(compile('## Det här sparas\n\nText.\n').problems).toEqual([problem(1, 'The page does not start with its front matter.', 'title:')]);
  });

  it('reports a missing title at its line', () => {
    expect(compile(page('## A\n\nText.\n', 'titel: Fel')).problems).toContainEqual(expect.objectContaining({ line: 2 }));
  });

  it('reports a heading with a single #, at its line', () => {
    expect(compile(page('# Rubrik\n\n## A\n\nText.\n')).problems).toEqual([problem(5, 'A heading with a single # is not used', 'Start a section with ##')]);
  });

  it('reports a heading that jumps a level, at its line', () => {
    expect(compile(page('## A\n\n#### För liten\n\nText.\n')).problems).toEqual([problem(7, 'The heading jumps from level 2 to level 4.', 'Use ###')]);
  });

  it('reports a page with no sections', () => {
    expect(compile(page('Bara text.\n')).problems).toEqual([problem(1, 'The page has no sections.', '##')]);
  });

  it('refuses lesson boxes such as a quiz, by name and line', () => {
    const problems = compile(page('## A\n\n:::quiz\nVad?\n- [x] Ja\n:::\n')).problems;
    expect(problems).toContainEqual(problem(7, '"quiz" is for lessons, not for this page.', '::library-contact'));
  });

  it('refuses a word explained with :term, which has no glossary here', () => {
    expect(compile(page('## A\n\nEtt :term[ord]{id=ord}.\n')).problems).toContainEqual(problem(7, '"term" is for lessons'));
  });

  it('refuses raw HTML, at its line', () => {
    expect(compile(page('## A\n\n<script>alert(1)</script>\n')).problems).toContainEqual(problem(7, 'Raw HTML is not allowed'));
  });

  it('refuses a picture, which these pages do not use', () => {
    expect(compile(page('## A\n\n![En bild](bild.png)\n')).problems).toContainEqual(problem(7, 'Pictures are not used on this page.'));
  });

  it('refuses ::library-contact inside a list', () => {
    expect(compile(page('## A\n\n- En punkt\n\n  ::library-contact\n')).problems).toContainEqual(problem(9, '::library-contact is inside a list'));
  });

  it('refuses a link whose text is another address than it leads to, as in lessons', () => {
    expect(compile(page('## A\n\n[www.digg.se](https://www.example.com)\n')).problems).toContainEqual(problem(7, 'but the link leads to www.example.com'));
  });
});

describe('the site-pages folder', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('needs every page in every interface language, and names the missing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'natvana-site-pages-'));
    for (const id of sitePageIds) for (const language of uiLanguages) writeFileSync(join(dir, `${id}.${language}.md`), page('## A\n\nText.\n'));
    rmSync(join(dir, 'privacy.ar.md'));
    const { pages, problems } = loadSitePages(dir, dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'privacy.ar.md', line: 1, message: 'The page "privacy" has no file for the language ar.' })]);
    expect(pages.size).toBe(sitePageIds.length * uiLanguages.length - 1);
  });

  it('names the file and line of a problem in one page', () => {
    dir = mkdtempSync(join(tmpdir(), 'natvana-site-pages-'));
    for (const id of sitePageIds) for (const language of uiLanguages) writeFileSync(join(dir, `${id}.${language}.md`), page('## A\n\nText.\n'));
    writeFileSync(join(dir, 'accessibility.en.md'), page('## A\n\n:::practice{kind=e-id scenario=login}\n:::\n'));
    const { problems } = loadSitePages(dir, dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'accessibility.en.md', line: 7, message: '"practice" is for lessons, not for this page.' })]);
  });
});

describe('npm run lessons:check and site-pages/', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a problem in a site page with its file and line, and fails', async () => {
    const { lessonsCheckReport } = await import('../../scripts/lessons-check-report.ts');
    dir = mkdtempSync(join(tmpdir(), 'natvana-site-pages-'));
    for (const id of sitePageIds) for (const language of uiLanguages) writeFileSync(join(dir, `${id}.${language}.md`), page('## A\n\nText.\n'));
    writeFileSync(join(dir, 'privacy.sv.md'), page('## A\n\n<b>fet</b>\n'));
    const report = lessonsCheckReport('test/fixtures/lessons-app', 'test/fixtures/library-app.json', dir);
    expect(report.exitCode).toBe(1);
    expect(report.stderr).toMatch(/privacy\.sv\.md:7:1 {2}Raw HTML is not allowed/);
  });
});
