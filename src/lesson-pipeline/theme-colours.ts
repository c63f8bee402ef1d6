/**
 * The themes' colours, read from src/settings/themes.css (the one place they
 * are set), and the pairs of them that meet on a page. The build checks a
 * library's accent colour against every pair it takes part in, in every
 * theme (library-config.ts); test/settings/themes.test.ts checks every pair
 * of every theme with the default accent.
 */
import { readFileSync } from 'node:fs';
import { contrastRatio } from './contrast.ts';

export const themeNames = ['standard', 'high-contrast', 'dark'] as const;
export type ThemeName = (typeof themeNames)[number];

export const themeLabels: Record<ThemeName, string> = { standard: 'standard', 'high-contrast': 'high contrast', dark: 'dark' };

/** Where each theme's tokens are set. Standard is the plain :root block that the others override. */
const themeSelectors: Record<ThemeName, { selector: string; media?: { query: string; selector: string } }> = {
  standard: { selector: ':root' },
  'high-contrast': { selector: ":root[data-theme='high-contrast']", media: { query: '(prefers-contrast: more)', selector: ':root:not([data-theme])' } },
  dark: { selector: ":root[data-theme='dark']", media: { query: '(prefers-color-scheme: dark)', selector: ':root:not([data-theme])' } },
};

export type PairKind = 'text' | 'control' | 'focus';

/** WCAG 1.4.3 and 1.4.11 in standard and dark; 1.4.6 (7:1) for text and 4.5:1 for the rest in high contrast. */
export const minimumContrast: Record<ThemeName, Record<PairKind, number>> = {
  standard: { text: 4.5, control: 3, focus: 3 },
  dark: { text: 4.5, control: 3, focus: 3 },
  'high-contrast': { text: 7, control: 4.5, focus: 4.5 },
};

export interface ColourPair {
  kind: PairKind;
  /** The token drawn on top: text, a border, a ring. For focus, either ring may carry the contrast (each is 3 px wide). */
  foreground: string | readonly string[];
  background: string;
  /** Where the learner meets it, in words for the build's message. */
  use: string;
}

/** Every pair of tokens that meets on a page, as the component styles use them (grep var(--color- in src/). */
export const colourPairs: readonly ColourPair[] = [
  { kind: 'text', foreground: '--color-text', background: '--color-background', use: 'text on the page' },
  { kind: 'text', foreground: '--color-text', background: '--color-surface', use: 'text in the footer and boxes' },
  { kind: 'text', foreground: '--color-text-muted', background: '--color-background', use: 'quieter text on the page' },
  { kind: 'text', foreground: '--color-text-muted', background: '--color-surface', use: 'quieter text in boxes' },
  { kind: 'text', foreground: '--color-link', background: '--color-background', use: 'links on the page' },
  { kind: 'text', foreground: '--color-link', background: '--color-surface', use: 'links in the footer and boxes' },
  { kind: 'text', foreground: '--color-link-visited', background: '--color-background', use: 'visited links on the page' },
  { kind: 'text', foreground: '--color-link-visited', background: '--color-surface', use: 'visited links in boxes' },
  { kind: 'text', foreground: '--color-accent', background: '--color-background', use: 'the text of secondary buttons' },
  { kind: 'text', foreground: '--color-accent-text', background: '--color-accent', use: 'the text on primary buttons' },
  { kind: 'text', foreground: '--color-header-text', background: '--color-header-background', use: 'the text in the header' },
  { kind: 'text', foreground: '--color-focus-text', background: '--color-focus', use: 'the skip link' },
  { kind: 'text', foreground: '--color-text', background: '--color-tip-background', use: 'text in tips' },
  { kind: 'text', foreground: '--color-tip-border', background: '--color-tip-background', use: 'the title of tips' },
  { kind: 'text', foreground: '--color-text', background: '--color-warning-background', use: 'text in warnings' },
  { kind: 'text', foreground: '--color-warning-border', background: '--color-warning-background', use: 'the title of warnings' },
  { kind: 'text', foreground: '--color-warning-border', background: '--color-background', use: 'error messages' },
  { kind: 'text', foreground: '--color-right', background: '--color-background', use: 'right answers' },
  { kind: 'text', foreground: '--color-right', background: '--color-surface', use: 'right answers in boxes' },
  { kind: 'text', foreground: '--color-not-yet', background: '--color-background', use: 'answers not right yet' },
  { kind: 'control', foreground: '--color-accent', background: '--color-background', use: 'the edge of buttons, radio buttons and check boxes' },
  { kind: 'control', foreground: '--color-accent', background: '--color-surface', use: 'buttons and radio buttons in boxes' },
  { kind: 'control', foreground: '--color-border', background: '--color-background', use: 'the edge of cards, tiles and boxes' },
  { kind: 'control', foreground: '--color-text', background: '--color-background', use: 'the edge of text fields' },
  { kind: 'control', foreground: '--color-header-text', background: '--color-header-background', use: 'the edge of the buttons in the header' },
  { kind: 'control', foreground: '--color-not-yet', background: '--color-surface', use: 'the edge of an answer not right yet' },
  { kind: 'focus', foreground: ['--color-focus', '--color-focus-text'], background: '--color-background', use: 'the focus ring on the page' },
  { kind: 'focus', foreground: ['--color-focus', '--color-focus-text'], background: '--color-surface', use: 'the focus ring in boxes' },
  { kind: 'focus', foreground: ['--color-focus', '--color-focus-text'], background: '--color-header-background', use: 'the focus ring in the header' },
];

export const themesCssPath = new URL('../settings/themes.css', import.meta.url);

interface CssBlock {
  media?: string;
  selector: string;
  declarations: Map<string, string>;
}

/** The rule blocks of a flat stylesheet, with one level of @media: enough for themes.css, which is kept that simple. */
export function cssBlocks(css: string): CssBlock[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: CssBlock[] = [];
  const rule = /@media\s*([^{]+)\{((?:[^{}]*\{[^{}]*\})*\s*)\}|([^{}@]+)\{([^{}]*)\}/g;
  for (const match of text.matchAll(rule)) {
    if (match[1] !== undefined) {
      for (const inner of cssBlocks(match[2] ?? '')) blocks.push({ ...inner, media: match[1].trim() });
    } else {
      blocks.push({ selector: (match[3] ?? '').trim(), declarations: declarationsOf(match[4] ?? '') });
    }
  }
  return blocks;
}

function declarationsOf(body: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return declarations;
}

export interface ThemeToken {
  /** The colour as #rrggbb, with the accent applied. */
  colour: string;
  /** True when the token is the library's accent colour in this theme. */
  fromAccent: boolean;
}

export type ThemeColours = Record<ThemeName, Map<string, ThemeToken>>;

const accentReference = /^var\(--library-accent,\s*(#[0-9a-fA-F]{6})\)$/;

/** Each theme's --color-* tokens as colours, with `accent` (or the default in the CSS) where a token is the library's accent. */
export function themeColours(css: string, accent?: string): ThemeColours {
  const blocks = cssBlocks(css);
  const find = (selector: string, media?: string) => blocks.find((block) => block.selector === selector && block.media === media);
  const standard = find(themeSelectors.standard.selector);
  if (!standard) throw new Error('themes.css has no :root block with the standard tokens.');
  const result = {} as ThemeColours;
  for (const theme of themeNames) {
    const block = find(themeSelectors[theme].selector);
    if (!block) throw new Error(`themes.css has no ${themeSelectors[theme].selector} block.`);
    const tokens = new Map<string, ThemeToken>();
    for (const [name, value] of new Map([...standard.declarations, ...block.declarations])) {
      if (!name.startsWith('--color-')) continue;
      const reference = accentReference.exec(value);
      const colour = reference ? (accent ?? reference[1] ?? '') : value;
      if (!/^#[0-9a-fA-F]{6}$/.test(colour)) throw new Error(`themes.css: ${name} in the ${themeLabels[theme]} theme is "${value}"; write colours as #rrggbb.`);
      tokens.set(name, { colour: colour.toLowerCase(), fromAccent: reference !== null });
    }
    result[theme] = tokens;
  }
  return result;
}

/** The blocks that set a theme: the data-theme one and, for the others than standard, the media one that must repeat it. */
export function themeBlocks(css: string, theme: ThemeName): { chosen?: Map<string, string>; fromSystem?: Map<string, string> } {
  const blocks = cssBlocks(css);
  const { selector, media } = themeSelectors[theme];
  const chosen = blocks.find((block) => block.selector === selector && block.media === undefined)?.declarations;
  const fromSystem = media && blocks.find((block) => block.selector === media.selector && block.media === media.query)?.declarations;
  return { ...(chosen ? { chosen } : {}), ...(fromSystem ? { fromSystem } : {}) };
}

export interface PairResult {
  theme: ThemeName;
  pair: ColourPair;
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
  /** The pair uses the library's accent colour in this theme. */
  usesAccent: boolean;
}

/** The contrast of every pair in every theme; for focus pairs, the better of the two rings. */
export function contrastTable(colours: ThemeColours): PairResult[] {
  return themeNames.flatMap((theme) =>
    colourPairs.map((pair): PairResult => {
      const tokens = colours[theme];
      const token = (name: string) => {
        const found = tokens.get(name);
        if (!found) throw new Error(`themes.css: the ${themeLabels[theme]} theme has no ${name}.`);
        return found;
      };
      const background = token(pair.background);
      const [best] = (typeof pair.foreground === 'string' ? [pair.foreground] : pair.foreground)
        .map((name) => ({ name, token: token(name), ratio: contrastRatio(token(name).colour, background.colour) }))
        .sort((a, b) => b.ratio - a.ratio);
      if (!best) throw new Error(`A colour pair for ${pair.use} names no foreground.`);
      return {
        theme,
        pair,
        foreground: best.token.colour,
        background: background.colour,
        ratio: best.ratio,
        minimum: minimumContrast[theme][pair.kind],
        usesAccent: background.fromAccent || (typeof pair.foreground === 'string' ? best.token.fromAccent : false),
      };
    }),
  );
}

/** The pairs that the library's accent colour takes part in and that fail, in every theme. */
export function accentContrastFailures(accent: string, css = readFileSync(themesCssPath, 'utf8')): PairResult[] {
  return contrastTable(themeColours(css, accent)).filter((result) => result.usesAccent && result.ratio < result.minimum);
}
