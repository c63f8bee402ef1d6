/**
 * One Lighthouse run, and what the benchmark reads out of its report.
 *
 * The browser is found the same way as for the browser tests (CHROMIUM_PATH,
 * then an installed Chromium, then @sparticuz/chromium) and started with the
 * same flags, so a machine that can run `npm test` can run the benchmark.
 */
import { execFileSync } from 'node:child_process';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumFlags, findChromium } from '../../test/browser/support/chromium.ts';

export const categories = ['performance', 'accessibility', 'best-practices'] as const;

export interface Browser {
  chrome: LaunchedChrome;
  executablePath: string;
  source: string;
  version: string;
}

export async function startBrowser(): Promise<Browser> {
  const { executablePath, source } = await findChromium();
  const chrome = await launch({ chromePath: executablePath, chromeFlags: chromiumFlags, logLevel: 'silent' });
  return { chrome, executablePath, source, version: chromiumVersion(executablePath) };
}

/** Debian's wrapper script also prints a harmless shell warning on stderr: keep stdout only. */
function chromiumVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export type Throttling = 'simulate' | 'devtools';

/**
 * The default config is Lighthouse's mobile profile: simulated throttling
 * (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown). `devtools` applies the same
 * limits for real while the page loads, instead of estimating from a fast
 * load. Only the three categories we budget are run, which also keeps each
 * run near ten seconds.
 */
export async function runLighthouse(port: number, url: string, throttlingMethod: Throttling = 'simulate'): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    throttlingMethod,
    // Every run is a first visit: Lighthouse's default keeps local storage, so progress a lesson-step run saved made the
    // next start-page run a returning learner's, who also downloads the progress store's workings.
    clearStorageTypes: ['local_storage', 'indexeddb', 'file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // A page that failed to load still yields a report, with zeros: never average those in.
  if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

export interface RunMetrics {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

function score(lhr: Result, id: (typeof categories)[number]): number {
  const value = lhr.categories[id]?.score;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${lhr.finalDisplayedUrl}`);
  return Math.round(value * 100);
}

function metric(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${lhr.finalDisplayedUrl}`);
  return value;
}

export function metricsOf(lhr: Result): RunMetrics {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcp: metric(lhr, 'first-contentful-paint'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
  };
}

// Audit details are a wide union in Lighthouse's types; the benchmark reads
// only a few fields, so it narrows from unknown instead of trusting a shape.
type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;
const itemsOf = (details: unknown): Row[] => (isRow(details) && Array.isArray(details.items) ? details.items.filter(isRow) : []);

export interface Request {
  url: string;
  resourceType: string;
}

/** Every request the page made, from the network-requests audit (the whole load, lazy chunks included). */
export function requestsOf(lhr: Result): Request[] {
  return itemsOf(lhr.audits['network-requests']?.details).flatMap((item) =>
    typeof item.url === 'string' && typeof item.resourceType === 'string' ? [{ url: item.url, resourceType: item.resourceType }] : [],
  );
}

export interface Findings {
  lcpElement?: string;
  /** Lighthouse's split of the LCP time (TTFB, load delay, load time, render delay), in the run's throttling. */
  lcpPhases: { phase: string; ms: number }[];
  /** Audits that cost time, most estimated savings first. */
  opportunities: { title: string; displayValue?: string; savings: string }[];
  /** The longest main-thread tasks (what TBT is made of), with the script they ran. */
  longTasks: { url: string; ms: number }[];
  /** Main-thread time by kind of work, biggest first. */
  mainThread: { kind: string; ms: number }[];
  /** Failing accessibility and best-practices audits: these are what keep a score below 100. */
  failing: { category: string; title: string }[];
  benchmarkIndex?: number;
}

function lcpElementOf(lhr: Result): Pick<Findings, 'lcpElement' | 'lcpPhases'> {
  const parts = itemsOf(lhr.audits['largest-contentful-paint-element']?.details);
  const node = parts.flatMap((part) => itemsOf(part)).find((row) => isRow(row.node))?.node;
  // Node labels keep the page's line breaks; one line reads better in a list.
  const label = isRow(node) ? [node.selector, node.nodeLabel].filter((text) => typeof text === 'string').join(' — ').replace(/\s+/g, ' ') : undefined;
  const lcpPhases = parts
    .flatMap((part) => itemsOf(part))
    .flatMap((row) => (typeof row.phase === 'string' && typeof row.timing === 'number' ? [{ phase: row.phase, ms: row.timing }] : []));
  return { ...(label ? { lcpElement: label } : {}), lcpPhases };
}

/** A URL on our own server is shown as its path: the port changes every run. */
const shortUrl = (url: string): string => (URL.canParse(url) ? new URL(url).pathname : url);

export function findingsOf(lhr: Result): Findings {
  const opportunities = (lhr.categories.performance?.auditRefs ?? [])
    // Metrics are reported on their own; the "hidden" group holds the newer
    // insight audits that duplicate the classic ones the report shows.
    .filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden')
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) return [];
      const savings = audit.metricSavings ?? {};
      const timeSaved = Math.max(savings.LCP ?? 0, savings.FCP ?? 0) + (savings.TBT ?? 0);
      const text = Object.entries(savings)
        .filter(([, value]) => typeof value === 'number' && value > 0)
        .map(([name, value]) => `${name} −${Math.round(value ?? 0)}${name === 'CLS' ? '' : ' ms'}`)
        .join(', ');
      return [{ title: audit.title, displayValue: audit.displayValue, savings: text || '—', timeSaved, score: audit.score }];
    })
    .sort((a, b) => b.timeSaved - a.timeSaved || a.score - b.score)
    .slice(0, 6)
    .map(({ title, displayValue, savings }) => ({ title, savings, ...(displayValue ? { displayValue } : {}) }));

  const failing = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      return audit && ref.weight > 0 && audit.score !== null && audit.score < 1 ? [{ category, title: audit.title }] : [];
    }),
  );
  const longTasks = itemsOf(lhr.audits['long-tasks']?.details)
    .flatMap((row) => (typeof row.url === 'string' && typeof row.duration === 'number' ? [{ url: shortUrl(row.url), ms: row.duration }] : []))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  const mainThread = itemsOf(lhr.audits['mainthread-work-breakdown']?.details)
    .flatMap((row) => (typeof row.groupLabel === 'string' && typeof row.duration === 'number' ? [{ kind: row.groupLabel, ms: row.duration }] : []))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4);
  const benchmarkIndex = lhr.environment.benchmarkIndex;
  return { ...lcpElementOf(lhr), opportunities, longTasks, mainThread, failing, ...(typeof benchmarkIndex === 'number' ? { benchmarkIndex } : {}) };
}
