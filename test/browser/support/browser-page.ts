import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { type BuildVariant, type BuildVariantName, buildVariant } from '../../../scripts/build-variants.ts';
import { startStaticServer } from '../../../scripts/static-server.ts';
import { launchChromium, launchPersistentChromium } from './chromium.ts';

export interface BrowserPageOptions {
  /** Which build in scripts/build-variants.ts the page opens; the sub-path build unless told. */
  variant?: BuildVariantName;
  /** Viewport, scripts on or off, and the like, for the page's browser context. */
  context?: BrowserContextOptions;
  /** A browser profile folder kept between page loads, as for a service worker. Such a browser has no other contexts. */
  persistentProfile?: boolean;
  /**
   * Serve a copy of the build of its own, for a test that changes a built file
   * (a new service worker): the build the other tests read stays as it was built.
   */
  ownCopyOfSite?: boolean;
  /** Runs on the new context before its page opens: for listeners and init scripts that must see every request. */
  prepare?: (context: BrowserContext) => Promise<void> | void;
}

export interface BrowserSession {
  /** The browser, to open more contexts; a persistent profile has none. */
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly variant: BuildVariant;
  /** The site's address, under its sub-path, ending in a slash. */
  readonly siteUrl: string;
  /** The folder the site is served from. */
  readonly siteDir: string;
}

/**
 * The one way a browser test opens pages: one Chromium with one page for the
 * test file, opened before its tests and closed after them, at a build variant.
 */
export function openBrowserPage(options: BrowserPageOptions = {}): BrowserSession {
  const variantName = options.variant ?? 'sub-path';
  const variant = buildVariant(variantName);
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let siteUrl: string | undefined;
  let siteDir: string | undefined;
  let ownServer: Server | undefined;
  let profile: string | undefined;
  let copy: string | undefined;

  beforeAll(async () => {
    if (options.ownCopyOfSite) {
      copy = mkdtempSync(join(tmpdir(), `natvana-${variant.name}-`));
      cpSync(variant.outDir, copy, { recursive: true });
      const started = await startStaticServer({ root: copy, base: variant.base });
      ownServer = started.server;
      siteUrl = started.url;
      siteDir = copy;
    } else {
      siteUrl = inject('siteUrls')[variantName];
      siteDir = variant.outDir;
    }
    if (options.persistentProfile) {
      profile = mkdtempSync(join(tmpdir(), 'natvana-profile-'));
      context = await launchPersistentChromium(profile, options.context);
      await options.prepare?.(context);
      page = context.pages()[0] ?? (await context.newPage());
    } else {
      browser = await launchChromium();
      context = await browser.newContext(options.context);
      await options.prepare?.(context);
      page = await context.newPage();
    }
  });

  afterAll(async () => {
    await (browser ?? context)?.close();
    await new Promise<void>((resolve) => (ownServer ? ownServer.close(() => resolve()) : resolve()));
    for (const folder of [profile, copy]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const opened = <Value>(value: Value | undefined, what = 'The browser is not open yet: use the session inside a test.'): Value => {
    if (value === undefined) throw new Error(what);
    return value;
  };
  return {
    get browser() {
      return opened(browser, options.persistentProfile ? 'A browser with a persistent profile has only its one context.' : undefined);
    },
    get context() {
      return opened(context);
    },
    get page() {
      return opened(page);
    },
    variant,
    get siteUrl() {
      return opened(siteUrl);
    },
    get siteDir() {
      return opened(siteDir);
    },
  };
}
