import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CompiledLesson, ImageNode, LessonIndex } from '../../src/content/types.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { formatProblem } from '../../src/lesson-pipeline/problems.ts';
import { lessonsPlugin } from '../../src/lesson-pipeline/vite-plugin.ts';
import { goodCurriculum, lesson, twoMoreSteps, writeLessons } from './lesson-folder.ts';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

interface BuiltIndex {
  lessonIndex: LessonIndex;
  /** The Swedish lessons' loaders, and the English ones': one file per lesson language. */
  lessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
  englishLessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
}

/** An app folder whose page imports the lesson index, as the real app does, and an entry that only re-exports it. */
function appRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'natvana-app-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html>\n<html lang="sv">\n<head><title>Nätvana</title></head>\n<body><script type="module" src="./main.js"></script></body>\n</html>\n',
  );
  writeFileSync(
    join(root, 'main.js'),
    "import { lessonIndex } from 'virtual:natvana/lesson-index';\nimport { lessonLoaders as sv } from 'virtual:natvana/lesson-loaders/sv';\nimport { lessonLoaders as en } from 'virtual:natvana/lesson-loaders/en';\ndocument.title = lessonIndex.modules[0].title.sv;\nsv['use-the-mouse']?.();\nen['use-the-mouse']?.();\n",
  );
  writeFileSync(join(root, 'lesson-index.js'), "export { lessonIndex } from 'virtual:natvana/lesson-index';\nexport { lessonLoaders } from 'virtual:natvana/lesson-loaders/sv';\nexport { lessonLoaders as englishLessonLoaders } from 'virtual:natvana/lesson-loaders/en';\n");
  return root;
}

function buildApp(root: string, lessonsDir: string) {
  return build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [lessonsPlugin({ dir: lessonsDir })],
    build: { write: false },
  });
}

/** Each printed problem line, as vite build shows it in the terminal. */
function printedLines(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.flatMap((call) => call.map(String)).flatMap((text) => text.split('\n'));
}

describe('the lessons Vite plugin', () => {
  it('stops vite build on a broken lesson and prints the same lines as lessons:check', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lessonsDir = join(fixtures, 'lessons-broken');
    const expected = loadCurriculum(lessonsDir).problems.map(formatProblem);
    expect(expected).toEqual([
      'test/fixtures/lessons-broken/first-steps/use-the-mouse.sv.md:17:1  The picture has no alt text.  Write what the picture shows between the square brackets: ![A keyboard with the @ key marked](…).',
      'test/fixtures/lessons-broken/first-steps/use-the-mouse.sv.md:21:22  A javascript: link is not allowed.  Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path.',
    ]);

    await expect(buildApp(appRoot(), lessonsDir)).rejects.toThrow(/2 problem\(s\), listed above/);
    const printed = printedLines(errors);
    for (const line of expected) expect(printed).toContain(line);
    expect(printed).toContain('Nätvana lessons: 2 problems. The app is not built until every problem is fixed.');
  });

  it('stops vite build on a problem in a lesson folder made for the test', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lessonsDir = writeLessons({ ...goodCurriculum(), 'email/what-is-email.sv.md': lesson(`\n## Ett\n\n<script>alert(1)</script>\n${twoMoreSteps}`) });
    const [expected] = loadCurriculum(lessonsDir).problems.map(formatProblem);
    expect(expected).toMatch(/email\/what-is-email\.sv\.md:14:1 {2}Raw HTML is not allowed in lessons: <script>alert\(1\)<\/script> {2}/);

    await expect(buildApp(appRoot(), lessonsDir)).rejects.toThrow(/listed above/);
    expect(printedLines(errors)).toContain(expected);
  });

  it('builds a good curriculum into an index and one loadable chunk per lesson and language', async () => {
    const errors = vi.spyOn(console, 'error');
    const root = appRoot();
    // Library mode keeps the entry's exports, so the built index can be imported and read.
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [lessonsPlugin({ dir: join(fixtures, 'lessons-good') })],
      build: { outDir: join(root, 'dist'), minify: false, lib: { entry: join(root, 'lesson-index.js'), formats: ['es'], fileName: 'index' } },
    });
    expect(errors).not.toHaveBeenCalled();

    const built = (await import(pathToFileURL(join(root, 'dist', 'index.mjs')).href)) as BuiltIndex;
    expect(built.lessonIndex.lessons.sv).toEqual([
      { id: 'use-the-mouse', module: 'first-steps', order: 1, minutes: 10, stepCount: 4, title: 'Använd musen', summary: 'Du lär dig flytta pilen och klicka.' },
      { id: 'next-steps', module: 'first-steps', order: 2, minutes: 5, stepCount: 3, title: 'Nästa steg', summary: 'Du lär dig dubbelklicka.' },
    ]);
    expect(built.lessonIndex.lessons.en.map((summary) => [summary.id, summary.stepCount])).toEqual([
      ['use-the-mouse', 4],
      ['next-steps', 3],
    ]);
    expect(built.lessonIndex.modules.map((module) => module.id)).toEqual(['first-steps']);
    // The picture is imported as an asset, not left as a path inside lessons/.
    expect(built.lessonIndex.modules[0]?.picture).toMatch(/^data:image\/svg\+xml,.*rect/);
    expect(Object.keys(built.lessonLoaders).sort()).toEqual(['next-steps', 'use-the-mouse']);
    expect(Object.keys(built.englishLessonLoaders).sort()).toEqual(['next-steps', 'use-the-mouse']);

    const loader = built.lessonLoaders['use-the-mouse'];
    if (!loader) throw new Error('No loader for sv/use-the-mouse');
    const { default: compiled } = await loader();
    expect(compiled.steps.map((step) => step.title)).toEqual(['Musen styr pilen', 'Klicka', 'Öva i inkorgen', 'Testa dig själv']);
    const image = compiled.steps[0]?.body.flatMap((node) => (typeof node !== 'string' && node.type === 'element' ? node.children : [])).find(
      (node): node is ImageNode => typeof node !== 'string' && node.type === 'image',
    );
    expect(image?.alt).toBe('En datormus sedd uppifrån. Den har två knappar.');
    expect(image?.src).toMatch(/^data:image\/svg\+xml,.*rect/);
  });

  it('builds the page that imports the index when the lessons have no problems', async () => {
    const result = await buildApp(appRoot(), join(fixtures, 'lessons-good'));
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
    const files = outputs.map((file) => file.fileName);
    expect(files).toContain('index.html');
    expect(files.filter((name) => name.includes('use-the-mouse'))).toHaveLength(2);
  });
});

describe('the lessons Vite plugin and site-pages/', () => {
  /** A copy of the fixture site pages with one file replaced. */
  function sitePagesWith(file: string, text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'natvana-site-pages-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(fixtures, 'site-pages-app'), dir, { recursive: true });
    writeFileSync(join(dir, file), text);
    return dir;
  }

  it('stops vite build on a broken site page and prints its file and line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sitePages = sitePagesWith('privacy.en.md', '---\ntitle: Privacy\n---\n\n## Stored\n\n<iframe src="https://example.com"></iframe>\n');
    await expect(
      build({ configFile: false, root: appRoot(), logLevel: 'silent', plugins: [lessonsPlugin({ dir: join(fixtures, 'lessons-good'), sitePages })], build: { write: false } }),
    ).rejects.toThrow(/1 problem\(s\), listed above/);
    expect(printedLines(errors).some((line) => /privacy\.en\.md:7:1 {2}Raw HTML is not allowed/.test(line))).toBe(true);
  });

  it('stops vite build on a broken glossary and prints its file and line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lessonsDir = writeLessons({ ...goodCurriculum(), 'glossary/sv.yaml': 'email:\n  term: e-post\n' });
    await expect(buildApp(appRoot(), lessonsDir)).rejects.toThrow(/listed above/);
    expect(printedLines(errors).some((line) => /glossary\/sv\.yaml:2:3 {2}The field "email\.definition" is missing\./.test(line))).toBe(true);
  });
});
