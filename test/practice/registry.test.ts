import { describe, expect, it } from 'vitest';
import { practiceViews } from '../../src/practice/index.ts';
import { practiceKinds } from '../../src/practice/registry.ts';

/** Every kind's strings files, by kind and language. */
const stringFiles = import.meta.glob<Record<string, unknown>>('../../src/practice/*/locales/*.json', { eager: true, import: 'default' });

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key)).sort();
}

describe('the practice kinds', () => {
  it('that the lesson pipeline checks are exactly the kinds with a view the browser can download', () => {
    expect(Object.keys(practiceViews).sort()).toEqual(Object.keys(practiceKinds).sort());
  });

  it('each download a view with its strings in Swedish and English', async () => {
    for (const load of Object.values(practiceViews)) {
      const view = await load();
      const languages = Object.keys(view.strings).map((path) => path.split('/').pop()).sort();
      expect(languages).toEqual(['en.json', 'sv.json']);
    }
  });

  it('have the same strings in Swedish and English, the host’s own too', () => {
    const folders = [...new Set(Object.keys(stringFiles).map((path) => path.split('/').at(-3)))];
    expect(folders).toContain('host');
    for (const folder of folders) {
      const sv = stringFiles[`../../src/practice/${folder}/locales/sv.json`];
      const en = stringFiles[`../../src/practice/${folder}/locales/en.json`];
      expect(keysOf(en), `${folder}: the English keys`).toEqual(keysOf(sv));
    }
  });
});
