/**
 * `npm run screenshots`: takes the pictures in docs/screenshots/ that the
 * README shows. Builds a variant from scripts/build-variants.ts first if it
 * is missing or older than what it is built from, serves it with the plain
 * static server, and photographs each page in Chromium at 1280×900 once the
 * app has come alive, with animations off. The tests never write these files.
 * `npm run screenshots -- <words>` takes only the shots whose file name has them.
 */
import { mkdirSync, renameSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/support/chromium.ts';
import { serialiseSettings, type Theme } from '../src/settings/settings.ts';
import { build, type BuildVariantName, buildVariant, needsBuild } from './build-variants.ts';
import { startStaticServer } from './static-server.ts';

interface Shot {
  file: string;
  variant: BuildVariantName;
  /** The page, under the variant's base path. */
  path: string;
  /** The page's h1 once it is ready, so a shot never catches it loading. */
  heading: string | RegExp;
  /** Display settings chosen as a learner would in "Text och färg", stored before the page opens. */
  theme?: Theme;
  /** What a learner does on the page before the picture is taken, waiting for the state it leads to. */
  act?: (page: Page) => Promise<void>;
  /** Photographs only this element (a CSS selector), not the window. */
  element?: string;
}

/** Presses the buttons of the practice e-ID in turn, waiting for each to be there. */
const press = (...names: string[]) => async (page: Page) => {
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  for (const name of names) await page.getByRole('button', { name, exact: true }).click();
};

const shots: Shot[] = [
  { file: 'docs/screenshots/start-page.png', variant: 'sub-path', path: '', heading: 'Lär dig använda internet' },
  { file: 'docs/screenshots/lesson-step.png', variant: 'sub-path', path: 'sv/lesson/what-is-email/2/', heading: /\S/ },
  { file: 'docs/screenshots/library-example.png', variant: 'library-example', path: '', heading: 'Lär dig använda internet' },
  // A lesson step in each theme with the text at 200 %, as a low-vision learner would see it.
  ...(['standard', 'high-contrast', 'dark'] as const).map((theme) => ({
    file: `docs/screenshots/lesson-step-${theme}-200.png`,
    variant: 'sub-path' as const,
    path: 'sv/lesson/what-is-email/2/',
    heading: /\S/,
    theme,
  })),
  // The practice e-ID (the fixture lesson of the practice build): the QR page, the phone's "Min avsikt:", the risk of fraud.
  {
    file: 'docs/screenshots/practice-e-id-qr.png',
    variant: 'practice',
    path: 'sv/lesson/practise-logging-in/1/',
    heading: /\S/,
    element: '.practice-slot',
    act: press('Övnings-ID på en annan enhet'),
  },
  {
    file: 'docs/screenshots/practice-e-id-intent.png',
    variant: 'practice',
    path: 'sv/lesson/practise-logging-in/1/',
    heading: /\S/,
    element: '.practice-slot',
    act: press('Övnings-ID på en annan enhet', 'Skanna QR-kod'),
  },
  {
    file: 'docs/screenshots/practice-e-id-risk-of-fraud.png',
    variant: 'practice',
    path: 'sv/lesson/practise-logging-in/4/',
    heading: /\S/,
    element: '.practice-slot',
    act: press('Svara', 'Öppna Övnings-ID', 'Ja', 'Någon ringde mig'),
  },
];
const viewport = { width: 1280, height: 900 };

// `npm run screenshots -- practice-e-id` takes only the shots whose file name has those words.
const only = process.argv[2];
const chosen = only ? shots.filter((shot) => shot.file.includes(only)) : shots;
const variants = [...new Set(chosen.map((shot) => shot.variant))].map(buildVariant);
for (const variant of variants) {
  if (needsBuild(variant)) build(variant);
  else console.log(`${variant.outDir}/ is up to date.`);
}

const servers = new Map(
  await Promise.all(variants.map(async (variant) => [variant.name, await startStaticServer({ root: variant.outDir, base: variant.base })] as const)),
);
const browser = await launchChromium();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of chosen) {
    // A fresh context per shot: no focus, scroll or storage carried over from the one before.
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light', locale: 'sv-SE' });
    if (shot.theme) {
      const stored = serialiseSettings({ theme: shot.theme, textSize: '200' });
      await context.addInitScript((value) => localStorage.setItem('natvana-settings', value), stored);
    }
    const page = await context.newPage();
    const server = servers.get(shot.variant);
    if (!server) throw new Error(`No server for ${shot.variant}.`);
    await page.goto(`${server.url}${shot.path}`);
    await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready');
    await page.getByRole('heading', { level: 1, name: shot.heading }).waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    });
    await shot.act?.(page);
    const temporary = shot.file.replace(/\.png$/, '.tmp.png');
    const options = { path: temporary, animations: 'disabled', caret: 'hide' } as const;
    await (shot.element ? page.locator(shot.element).screenshot(options) : page.screenshot(options));
    renameSync(temporary, shot.file);
    console.log(`Wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  for (const { server } of servers.values()) server.close();
}
