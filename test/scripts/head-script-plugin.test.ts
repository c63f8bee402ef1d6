import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headScriptSource, minifiedHeadScript } from '../../scripts/head-script-plugin.ts';

/** Runs a head script against a stand-in <html> and storage, as a page's <head> would. */
function run(script: string, stored: string | null): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => void (attributes[name] = value) };
  const localStorage = { getItem: (key: string) => (key === 'natvana-settings' ? stored : null) };
  new Function('document', 'localStorage', script)({ documentElement }, localStorage);
  return attributes;
}

describe('the head script as pages get it', () => {
  const minified = minifiedHeadScript();

  it('stays tiny: under 512 bytes, with no comments left', () => {
    expect(new TextEncoder().encode(minified).length).toBeLessThan(512);
    expect(minified).not.toContain('/*');
  });

  it.each([
    [null],
    ['broken'],
    ['{"version":1,"theme":"dark","textSize":"200","spacing":"wide","motion":"reduced"}'],
    ['{"theme":"purple","textSize":"150"}'],
  ])('does what the readable source does, for stored %j', (stored) => {
    expect(run(minified, stored)).toEqual(run(readFileSync(headScriptSource, 'utf8'), stored));
  });
});
