import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CompiledLesson, ImageNode, InstructorNotes, LessonNode } from '../../src/content/types.ts';
import { lessonsPlugin } from '../../src/lesson-pipeline/vite-plugin.ts';
import { goodCurriculum, lesson, writeLessons } from './lesson-folder.ts';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const contentModule = fileURLToPath(new URL('../../src/content/index.ts', import.meta.url));
const noteText = 'Låt alla känna på musen först.';
const learnerText = 'Lägg handen ovanpå musen.';

interface BuiltIndexes {
  lessonLoaders: Record<string, () => Promise<{ default: CompiledLesson }>>;
  instructorNoteLoaders: Record<string, () => Promise<{ default: InstructorNotes }>>;
}

function tempFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'natvana-app-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** Every picture in lesson nodes, however deep. */
function imagesIn(nodes: readonly LessonNode[]): ImageNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    if (node.type === 'image') return [node];
    return 'children' in node ? imagesIn(node.children) : [];
  });
}

describe('instructor notes', () => {
  it('are in no file a learner’s page downloads: the page, the lesson index or the lesson chunk', async () => {
    const root = tempFolder();
    writeFileSync(join(root, 'index.html'), '<!doctype html>\n<html lang="sv">\n<head><title>Nätvana</title></head>\n<body><script type="module" src="./main.js"></script></body>\n</html>\n');
    // Through src/content, as the app loads lessons: loadInstructorNotes sits beside loadLesson there, and must not bring the notes along.
    writeFileSync(join(root, 'main.js'), `import { loadLesson } from ${JSON.stringify(contentModule)};\nloadLesson('sv', 'use-the-mouse');\n`);
    const result = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [lessonsPlugin({ dir: join(fixtures, 'lessons-good') })],
      build: { write: false, minify: false },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
    const chunks = outputs.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
    const lessonChunk = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('virtual:natvana/lesson/sv/use-the-mouse'));
    expect(lessonChunk?.code).toContain(learnerText);
    expect(lessonChunk?.code).not.toContain(noteText);
    for (const file of outputs) expect(file.type === 'chunk' ? file.code : String(file.source), file.fileName).not.toContain(noteText);
    expect(chunks.map((chunk) => chunk.facadeModuleId ?? '').filter((id) => id.includes('instructor-notes'))).toEqual([]);
  });

  it('are built into a module of their own per lesson and language, keyed by step id', async () => {
    const root = tempFolder();
    writeFileSync(
      join(root, 'indexes.js'),
      "export { lessonLoaders } from 'virtual:natvana/lesson-loaders/sv';\nexport { instructorNoteLoaders } from 'virtual:natvana/instructor-notes-index';\n",
    );
    const outDir = join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [lessonsPlugin({ dir: join(fixtures, 'lessons-good') })],
      build: { outDir, minify: false, lib: { entry: join(root, 'indexes.js'), formats: ['es'], fileName: 'index' } },
    });
    const built = (await import(pathToFileURL(join(outDir, 'index.mjs')).href)) as BuiltIndexes;

    // next-steps has no notes, so it has no notes module either.
    expect(Object.keys(built.instructorNoteLoaders).sort()).toEqual(['en/use-the-mouse', 'sv/use-the-mouse']);
    const notes = (await built.instructorNoteLoaders['sv/use-the-mouse']?.())?.default;
    expect(Object.keys(notes?.steps ?? {})).toEqual(['musen-styr-pilen', 'testa-dig-sjalv']);
    expect(JSON.stringify(notes?.steps['musen-styr-pilen'])).toContain(noteText);

    const compiled = (await built.lessonLoaders['use-the-mouse']?.())?.default;
    expect(compiled?.steps.map((step) => step.id)).toEqual(['musen-styr-pilen', 'klicka', 'ova-i-inkorgen', 'testa-dig-sjalv']);
    expect(JSON.stringify(compiled)).not.toContain(noteText);
    expect(compiled?.steps[0]).not.toHaveProperty('instructorNotes');

    const withNotes = readdirSync(outDir).filter((name) => readFileSync(join(outDir, name), 'utf8').includes(noteText));
    expect(withNotes).toHaveLength(1);
    expect(readFileSync(join(outDir, withNotes[0] ?? ''), 'utf8')).not.toContain(learnerText);
  });

  it('have their pictures imported and fingerprinted like the lesson’s own', async () => {
    const lessonsDir = writeLessons({
      ...goodCurriculum(),
      'email/what-is-email.sv.md': lesson(`
## Ett

Text ett.

:::instructor
Visa tangenten.

![Tangentbordet. Tangenten med tecknet @ är markerad.](../images/at-key.svg)
:::

## Två

Text två.

## Tre

Text tre.
`),
    });
    const root = tempFolder();
    writeFileSync(join(root, 'notes.js'), "export { instructorNoteLoaders } from 'virtual:natvana/instructor-notes-index';\n");
    const outDir = join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [lessonsPlugin({ dir: lessonsDir })],
      build: { outDir, minify: false, lib: { entry: join(root, 'notes.js'), formats: ['es'], fileName: 'index' } },
    });
    const built = (await import(pathToFileURL(join(outDir, 'index.mjs')).href)) as Pick<BuiltIndexes, 'instructorNoteLoaders'>;
    expect(Object.keys(built.instructorNoteLoaders)).toEqual(['sv/what-is-email']);
    const notes = (await built.instructorNoteLoaders['sv/what-is-email']?.())?.default;
    const [image] = imagesIn(notes?.steps.ett?.flat() ?? []);
    expect(image?.alt).toBe('Tangentbordet. Tangenten med tecknet @ är markerad.');
    // Small pictures are inlined by Vite; the point is that it is an imported asset, not a path inside lessons/.
    expect(image?.src).toMatch(/^data:image\/svg\+xml,/);
  });
});
