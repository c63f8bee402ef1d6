import madge from 'madge';
import { describe, expect, it } from 'vitest';

/** The import cycles among a folder's modules, static and dynamic imports alike. */
async function importCycles(folder: string): Promise<string[][]> {
  const graph = await madge(folder, { fileExtensions: ['ts', 'tsx'], tsConfig: 'tsconfig.json' });
  return graph.circular();
}

describe('import cycles', () => {
  // madge parses every module of src/: tens of seconds on a busy 2-core machine.
  it('are none in src/, dynamic imports included', { timeout: 120_000 }, async () => {
    expect(await importCycles('src')).toEqual([]);
  });

  it('are found when a dynamic import closes one (so the check above can fail)', async () => {
    expect(await importCycles('test/fixtures/import-cycle')).toEqual([['chunk.ts', 'page.ts']]);
  });
});
