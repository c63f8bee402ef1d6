/**
 * Finds a Chromium for the browser tests, and says which one it used:
 * 1. the path in CHROMIUM_PATH;
 * 2. an installed Chromium or Chrome;
 * 3. on Linux x64, the Chromium inside the npm package @sparticuz/chromium
 *    (a devDependency), unpacked to /tmp on first use.
 * Nothing is downloaded. With none of them, the tests fail and say how to get one.
 */
import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

/** Quiet, reproducible, and no traffic to any host but the test server. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const installedPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const howToInstall = [
  'No Chromium was found for the browser tests.',
  'Install one of these, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS/Windows:  install Google Chrome',
  '  anywhere:       set CHROMIUM_PATH to a Chromium or Chrome executable',
].join('\n');

let found: Promise<{ executablePath: string; source: string }> | undefined;

export function findChromium(): Promise<{ executablePath: string; source: string }> {
  found ??= (async () => {
    const fromEnvironment = process.env.CHROMIUM_PATH;
    if (fromEnvironment) {
      if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but there is no file there.\n\n${howToInstall}`);
      return { executablePath: fromEnvironment, source: 'CHROMIUM_PATH' };
    }
    const installed = installedPaths.find((path) => existsSync(path));
    if (installed) return { executablePath: installed, source: 'installed' };
    if (platform() === 'linux' && arch() === 'x64') {
      try {
        const { default: packaged } = await import('@sparticuz/chromium');
        return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
      } catch (error) {
        throw new Error(`${howToInstall}\n\n(@sparticuz/chromium could not be unpacked: ${(error as Error).message})`, { cause: error });
      }
    }
    throw new Error(howToInstall);
  })();
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, source } = await findChromium();
  if (!process.env.NATVANA_QUIET_BROWSER) console.info(`Browser tests use Chromium from ${source}: ${executablePath}`);
  return chromium.launch({ executablePath, args: chromiumFlags });
}

/** A browser with its own profile folder, kept between page loads: for service-worker and reload tests. */
export async function launchPersistentChromium(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const { executablePath } = await findChromium();
  return chromium.launchPersistentContext(userDataDir, { ...options, executablePath, args: chromiumFlags });
}
