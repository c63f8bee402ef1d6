/**
 * The colour tokens, proved: every pair of tokens that meets on a page, in
 * every theme, has the contrast its theme promises, with the library's
 * accent colour applied. The table is printed, so a change shows its numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRatio } from '../../src/lesson-pipeline/contrast.ts';
import {
  accentContrastFailures,
  contrastTable,
  themeBlocks,
  themeColours,
  themeNames,
  themesCssPath,
  type PairResult,
} from '../../src/lesson-pipeline/theme-colours.ts';

const css = readFileSync(themesCssPath, 'utf8');
const libraryAccent = (JSON.parse(readFileSync('test/fixtures/library-app.json', 'utf8')) as { accentColor: string }).accentColor;
const colourTokens = (declarations: Map<string, string> | undefined) => [...(declarations?.keys() ?? [])].filter((name) => name.startsWith('--color-')).sort();

function row(result: PairResult): string {
  const foreground = typeof result.pair.foreground === 'string' ? result.pair.foreground : result.pair.foreground.join(' or ');
  const verdict = result.ratio >= result.minimum ? 'ok' : 'FAILS';
  return `${result.theme.padEnd(13)} ${result.pair.kind.padEnd(7)} ${`${foreground} on ${result.pair.background}`.padEnd(68)} ${result.foreground} on ${result.background} ${formatRatio(result.ratio).padStart(8)} (needs ${result.minimum}:1) ${verdict}`;
}

describe('the colour tokens', () => {
  it('are the same set in every theme, chosen or from the system', () => {
    const standard = colourTokens(themeBlocks(css, 'standard').chosen);
    expect(standard.length).toBeGreaterThan(15);
    for (const theme of themeNames) {
      const { chosen, fromSystem } = themeBlocks(css, theme);
      expect(colourTokens(chosen), theme).toEqual(standard);
      if (theme !== 'standard') expect(colourTokens(fromSystem), `${theme} from the system`).toEqual(standard);
    }
  });

  it('given by the system repeat the chosen theme token for token', () => {
    for (const theme of ['high-contrast', 'dark'] as const) {
      const { chosen, fromSystem } = themeBlocks(css, theme);
      expect(Object.fromEntries(fromSystem ?? []), theme).toEqual(Object.fromEntries(chosen ?? []));
    }
  });

  it.each([
    ['the default accent', undefined],
    ['the test library’s accent', libraryAccent],
  ])('meet their contrast in every theme, every pair, with %s', (_name, accent) => {
    const table = contrastTable(themeColours(css, accent));
    console.log(`Contrast per theme (accent ${accent ?? 'default'}):\n${table.map(row).join('\n')}`);
    expect(table.filter((result) => result.ratio < result.minimum).map(row)).toEqual([]);
    expect(table).toHaveLength(themeNames.length * table.filter((result) => result.theme === 'standard').length);
  });

  it('hold the high-contrast theme to 7:1 for text and 4.5:1 for controls and focus', () => {
    const highContrast = contrastTable(themeColours(css)).filter((result) => result.theme === 'high-contrast');
    for (const result of highContrast) expect(result.ratio, row(result)).toBeGreaterThanOrEqual(result.pair.kind === 'text' ? 7 : 4.5);
  });
});

describe('a library’s accent colour', () => {
  it('passes when dark enough, like the default', () => {
    expect(accentContrastFailures('#0b4f8a', css)).toEqual([]);
  });

  it('is refused in the standard theme when too light for white text and for links', () => {
    const failures = accentContrastFailures('#66aaff', css);
    expect(failures.map((failure) => `${failure.theme}: ${failure.pair.use}`)).toEqual(
      expect.arrayContaining(['standard: links on the page', 'standard: the text on primary buttons', 'standard: the text in the header', 'dark: the text in the header']),
    );
  });

  it('is checked in dark only behind the header’s white text, and never in high contrast, which has colours of its own', () => {
    const failures = accentContrastFailures('#66aaff', css);
    expect(failures.filter((failure) => failure.theme === 'dark').map((failure) => failure.pair.use)).toEqual([
      'the text in the header',
      'the edge of the buttons in the header',
    ]);
    expect(failures.filter((failure) => failure.theme === 'high-contrast')).toEqual([]);
  });
});
