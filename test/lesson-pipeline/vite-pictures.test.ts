import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { lessonsPlugin } from '../../src/lesson-pipeline/vite-plugin.ts';
import { goodCurriculum, lesson, twoMoreSteps, writeLessons } from './lesson-folder.ts';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

function appRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'natvana-app-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html>\n<html lang="sv"><head><title>N</title></head><body><script type="module" src="./main.js"></script></body></html>\n');
  writeFileSync(
    join(root, 'main.js'),
    "import { lessonIndex } from 'virtual:natvana/lesson-index';\nimport { lessonLoaders as sv } from 'virtual:natvana/lesson-loaders/sv';\nimport { lessonLoaders as en } from 'virtual:natvana/lesson-loaders/en';\nconsole.log(lessonIndex);\nfor (const load of [...Object.values(sv), ...Object.values(en)]) load();\n",
  );
  return root;
}

async function outputs(root: string, lessonsDir: string): Promise<(Rollup.OutputChunk | Rollup.OutputAsset)[]> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [lessonsPlugin({ dir: lessonsDir })],
    build: { write: false, assetsInlineLimit: 0 },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
}

describe('pictures in the build', () => {
  it('bundles no file from lessons/ as a module: pictures become files in assets/ only', async () => {
    const lessonsDir = join(fixtures, 'lessons-good');
    const files = await outputs(appRoot(), lessonsDir);
    const moduleIds = files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
    expect(moduleIds.length).toBeGreaterThan(0);
    expect(moduleIds.filter((id) => id.startsWith(lessonsDir))).toEqual([]);
    const svgs = files.filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.svg'));
    // The module picture and the lesson picture of the fixture are the same drawing, so Rollup emits it once.
    expect(svgs.map((file) => file.fileName.replace(/-[\w-]+\.svg$/, '.svg'))).toEqual(['assets/mouse.svg']);
    for (const svg of svgs) expect(String(svg.source)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('puts a picture’s address in each lesson chunk that shows it, not in a chunk of its own', async () => {
    const files = await outputs(appRoot(), join(fixtures, 'lessons-good'));
    const chunks = files.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
    const svg = files.find((file) => file.type === 'asset' && file.fileName.endsWith('.svg'));
    if (!svg) throw new Error('The fixture has no picture.');
    // Every chunk that names the picture is a lesson's (or the index's): none holds the address alone.
    const naming = chunks.filter((chunk) => chunk.code.includes(svg.fileName));
    expect(naming.length).toBeGreaterThan(1);
    for (const chunk of naming) {
      expect(chunk.moduleIds.some((id) => id.includes('virtual:natvana/lesson'))).toBe(true);
      // The address is the file's own, with nothing after it: the service worker keeps the file under that name.
      expect(chunk.code).not.toContain(`${svg.fileName}?`);
    }
  });

  it('stops the build when a "picture" is a folder holding index.js, and runs nothing from it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lessonsDir = writeLessons({ ...goodCurriculum(), 'email/what-is-email.sv.md': lesson(`\n## Ett\n\n![En bild.](../images/x.webp)\n${twoMoreSteps}`) });
    mkdirSync(join(lessonsDir, 'images', 'x.webp'));
    writeFileSync(join(lessonsDir, 'images', 'x.webp', 'index.js'), "globalThis.natvanaPwned = true;\nexport default 'data:,';\n");
    await expect(outputs(appRoot(), lessonsDir)).rejects.toThrow(/listed above/);
    expect(errors.mock.calls.flat().join('\n')).toContain('email/what-is-email.sv.md:14:1  The picture ../images/x.webp is a folder, not a picture file.');
    expect((globalThis as { natvanaPwned?: boolean }).natvanaPwned).toBeUndefined();
  });
});
