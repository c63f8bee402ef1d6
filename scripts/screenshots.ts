/**
 * `npm run screenshots`: takes the pictures in docs/screenshots/ that the
 * README shows. Builds a variant from scripts/build-variants.ts first if it
 * is missing or older than what it is built from, serves it with the plain
 * static server, and photographs each page in Chromium at 1280×900 once the
 * app has come alive, with animations off. The tests never write these files.
 */
import { mkdirSync, renameSync } from 'node:fs';
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
}

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
];
const viewport = { width: 1280, height: 900 };

const variants = [...new Set(shots.map((shot) => shot.variant))].map(buildVariant);
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
  for (const shot of shots) {
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
    const temporary = shot.file.replace(/\.png$/, '.tmp.png');
    await page.screenshot({ path: temporary, animations: 'disabled', caret: 'hide' });
    renameSync(temporary, shot.file);
    console.log(`Wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  for (const { server } of servers.values()) server.close();
}
