/**
 * `npm run screenshots`: takes the pictures in docs/screenshots/ that the
 * README shows. Builds a variant from scripts/build-variants.ts first if it
 * is missing or older than what it is built from, serves it with the plain
 * static server, and photographs each page in Chromium at 1280×900 (or the
 * shot's own window) once the app has come alive, with animations off. A
 * shot `asPrinted` is taken with print media in a window of an A4 page's
 * proportions, clipped to the first page. The tests never write these files.
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
  /** The window's size, when not the usual 1280×900. */
  viewport?: { width: number; height: number };
  /** With print media, as the page comes out of the printer: the first page (the window's size) only. */
  asPrinted?: boolean;
  /** What the page finds stored on this computer (keys and values), put there before it opens. */
  stored?: Record<string, string>;
}

/** Presses a practice's buttons in turn, waiting for each to be there. */
const press = (...names: string[]) => async (page: Page) => {
  await page.getByText('Övning – inget här är på riktigt').waitFor();
  for (const name of names) await page.getByRole('button', { name, exact: true }).click();
};

/** Presses the practice inbox's buttons in turn: a name in full, or a pattern for a message in the list. */
const inbox = (...names: (string | RegExp)[]) => async (page: Page) => {
  await page.getByRole('heading', { name: 'Övningsmejlen' }).waitFor();
  for (const name of names) await page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }).first().click();
};

/** The practice e-service of the practice build, logged in with the practice e-ID and on its first question page, then `more`. */
const errand = (more: (page: Page) => Promise<void>) => async (page: Page) => {
  await press('Logga in och starta', 'Övnings-ID på den här enheten')(page);
  const phone = page.getByRole('region', { name: 'Telefonen (låtsas)' });
  await phone.getByRole('textbox', { name: 'Säkerhetskod' }).fill('135246');
  await phone.getByRole('button', { name: 'Legitimera', exact: true }).click();
  await page.getByRole('heading', { name: 'Den nya adressen' }).waitFor();
  await more(page);
};
const fillTheErrand = async (page: Page) => {
  await page.getByRole('textbox', { name: 'Gata' }).fill('Provgatan 1');
  await page.getByRole('textbox', { name: 'Postnummer' }).fill('123 45');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  // Two days from now, on the page's clock: the day must be within the scenario's limits.
  const day = await page.evaluate(() => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('textbox', { name: 'Flyttdag' }).fill(day);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('radio', { name: 'Ingen' }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
};

/** An A4 page at 96 CSS px to the inch (210 × 297 mm). */
const a4 = { width: 794, height: 1123 };

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
  // The safe-browsing drills in the real lesson "Läs en webbadress": an address taken apart after the answer, the fake shop with every sign found, the fake warning.
  {
    file: 'docs/screenshots/practice-safe-browsing-address.png',
    variant: 'sub-path',
    path: 'sv/lesson/read-a-web-address/4/',
    heading: /\S/,
    element: '.practice-slot',
    act: press('ovningsbanken.se', 'Nästa adress', 'kontroll-konto.net', 'Läs adressen tecken för tecken'),
  },
  {
    file: 'docs/screenshots/practice-safe-browsing-fake-shop.png',
    variant: 'sub-path',
    path: 'sv/lesson/read-a-web-address/8/',
    heading: /\S/,
    element: '.practice-slot',
    act: press(...['hur du kom hit', 'adressen', 'priset', 'omdömen', 'betalning', 'kontakt'].map((label) => `Markera ${label} som tecken`)),
  },
  {
    file: 'docs/screenshots/practice-safe-browsing-fake-warning.png',
    variant: 'sub-path',
    path: 'sv/lesson/read-a-web-address/10/',
    heading: /\S/,
    element: '.practice-slot',
    act: press('Visa recept på havrekakor'),
  },
  // The mouse and keyboard drills (the fixture lessons of the practice build), each in a state a learner meets.
  ...(
    [
      ['click', 1, async (page: Page) => page.getByRole('group', { name: 'Formerna' }).click({ position: { x: 8, y: 8 } })],
      ['double-click', 2, async (page: Page) => page.getByRole('button', { name: 'Recept' }).click()],
      ['drag', 3, undefined],
      ['scroll', 4, undefined],
      ['right-click', 5, async (page: Page) => page.getByRole('button', { name: 'Bild på en kattunge' }).click({ button: 'right' })],
    ] as const
  ).map(([drill, step, act]) => ({
    file: `docs/screenshots/practice-pointer-${drill}.png`,
    variant: 'practice' as const,
    path: `sv/lesson/practise-the-mouse/${step}/`,
    heading: /\S/,
    element: '.practice-slot',
    act: async (page: Page) => {
      await page.getByText('Övning – inget här är på riktigt').waitFor();
      await act?.(page);
    },
  })),
  ...(
    [
      ['type', 1, undefined],
      // A small first letter where a capital belongs: the drill's Shift hint.
      ['shift', 2, async (page: Page) => page.getByRole('textbox', { name: 'Skriv här' }).press('o')],
      ['at', 3, async (page: Page) => page.getByRole('textbox', { name: 'Skriv här' }).press('2')],
      ['enter', 4, undefined],
      ['tab', 5, undefined],
      ['arrows', 6, undefined],
    ] as const
  ).map(([drill, step, act]) => ({
    file: `docs/screenshots/practice-keyboard-${drill}.png`,
    variant: 'practice' as const,
    path: `sv/lesson/practise-the-keyboard/${step}/`,
    heading: /\S/,
    element: '.practice-slot',
    act: async (page: Page) => {
      await page.getByText('Övning – inget här är på riktigt').waitFor();
      await act?.(page);
    },
  })),
  // The practice inbox in the real lessons: the list, a message with its link's real address shown, the "Oj" page, the digital mailbox.
  { file: 'docs/screenshots/practice-inbox-list.png', variant: 'sub-path', path: 'sv/lesson/spam-and-phishing/9/', heading: /\S/, element: '.practice-slot', act: inbox() },
  {
    file: 'docs/screenshots/practice-inbox-link-address.png',
    variant: 'sub-path',
    path: 'sv/lesson/spam-and-phishing/9/',
    heading: /\S/,
    element: '.practice-slot',
    act: inbox(/Skatteverket/, 'Visa vart länken går'),
  },
  { file: 'docs/screenshots/practice-inbox-oops.png', variant: 'sub-path', path: 'sv/lesson/spam-and-phishing/9/', heading: /\S/, element: '.practice-slot', act: inbox(/Övningsposten/, 'www.ovningsposten.se/betala') },
  {
    file: 'docs/screenshots/practice-inbox-digital-mailbox.png',
    variant: 'sub-path',
    path: 'sv/lesson/digital-mailbox/5/',
    heading: /\S/,
    element: '.practice-slot',
    act: inbox('Digital brevlåda'),
  },
  // The practice e-service (the fixture lesson of the practice build): a question page with its errors, check your answers, the receipt.
  {
    file: 'docs/screenshots/practice-e-service-errors.png',
    variant: 'practice',
    path: 'sv/lesson/practise-an-errand/1/',
    heading: /\S/,
    element: '.practice-slot',
    act: errand(async (page) => {
      await page.getByRole('textbox', { name: 'Postnummer' }).fill('1234');
      await page.getByRole('button', { name: 'Fortsätt' }).click();
      await page.getByRole('heading', { name: 'Fel: Den nya adressen' }).waitFor();
    }),
  },
  {
    file: 'docs/screenshots/practice-e-service-check-answers.png',
    variant: 'practice',
    path: 'sv/lesson/practise-an-errand/1/',
    heading: /\S/,
    element: '.practice-slot',
    act: errand(fillTheErrand),
  },
  {
    file: 'docs/screenshots/practice-e-service-receipt.png',
    variant: 'practice',
    path: 'sv/lesson/practise-an-errand/1/',
    heading: /\S/,
    element: '.practice-slot',
    act: errand(async (page) => {
      await fillTheErrand(page);
      await page.getByRole('button', { name: 'Skicka in' }).click();
      await page.getByRole('heading', { name: 'Adressen är skickad' }).waitFor();
    }),
  },
  // The instructor tools: a step on a 1280×720 projector, and the handout's and the class plan's first printed page.
  { file: 'docs/screenshots/presenter-view.png', variant: 'sub-path', path: 'sv/instructor/present/what-is-email/2/', heading: /\S/, viewport: { width: 1280, height: 720 } },
  {
    file: 'docs/screenshots/handout-first-page.png',
    variant: 'sub-path',
    path: 'sv/instructor/handout/what-is-email/',
    heading: /\S/,
    viewport: a4,
    asPrinted: true,
  },
  {
    file: 'docs/screenshots/class-plan-print.png',
    variant: 'sub-path',
    path: 'sv/instructor/plan/',
    heading: 'Kursplan',
    viewport: a4,
    asPrinted: true,
    stored: { 'natvana-class-plan': 'what-is-the-internet,what-is-email,read-a-web-address' },
    act: async (page) => {
      await page.locator('.plan-printout-lesson').nth(2).waitFor({ state: 'attached' });
      await page.waitForFunction(() => document.querySelectorAll('.plan-printout [aria-busy="true"]').length === 0 && document.querySelector('.plan-printed') !== null);
    },
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
    const context = await browser.newContext({ viewport: shot.viewport ?? viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light', locale: 'sv-SE' });
    if (shot.theme) {
      const stored = serialiseSettings({ theme: shot.theme, textSize: '200' });
      await context.addInitScript((value) => localStorage.setItem('natvana-settings', value), stored);
    }
    if (shot.stored) {
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, shot.stored);
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
    if (shot.asPrinted) await page.emulateMedia({ media: 'print' });
    const temporary = shot.file.replace(/\.png$/, '.tmp.png');
    const { width, height } = shot.viewport ?? viewport;
    const options = { path: temporary, animations: 'disabled', caret: 'hide', ...(shot.asPrinted ? { clip: { x: 0, y: 0, width, height } } : {}) } as const;
    await (shot.element ? page.locator(shot.element).screenshot(options) : page.screenshot(options));
    renameSync(temporary, shot.file);
    console.log(`Wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  for (const { server } of servers.values()) server.close();
}
