/**
 * `npm run bench`: builds the app, runs Lighthouse (mobile profile) several
 * times on the start page, a lesson step and the "floor" (the same lesson
 * step as plain HTML with no JavaScript), measures the JavaScript and CSS the
 * pages load, checks the budgets, prints a table and writes it into
 * docs/performance.md. Exits with 1 when a budget fails.
 *
 *   npm run bench                     5 runs per page
 *   npm run bench -- --runs 9         more runs, steadier medians
 *   npm run bench -- --skip-build     reuse the dist/ that is already there
 *   npm run bench -- --throttling devtools
 *                                     throttle for real instead of simulating
 *
 * The pages are served gzipped by scripts/static-server.ts, as by nearly every
 * web host. The budgets are set for simulated throttling; `--throttling
 * devtools` is an experiment that slows the machine for real.
 *
 * Not part of `npm test`: one pass takes a few minutes and its numbers depend
 * on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Result } from 'lighthouse';
import { startStaticServer } from './static-server.ts';
import { assetsOf, type Asset } from './bench/bytes.ts';
import { buildFloor } from './bench/floor.ts';
import { findingsOf, metricsOf, requestsOf, runLighthouse, startBrowser, type Browser, type Request, type Throttling } from './bench/lighthouse-run.ts';
import {
  budgetsMarkdown,
  budgetsOf,
  bytesMarkdown,
  findingsMarkdown,
  generatedSection,
  machineMarkdown,
  median,
  resultsMarkdown,
  writeGenerated,
  type Machine,
  type PageResult,
} from './bench/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const docPath = join(root, 'docs', 'performance.md');
// The same base the build and `npm run preview` use, so the URLs match the files.
const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    throttling: { type: 'string', default: 'simulate' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not ${options.runs}`);
const throttlingChoices: readonly Throttling[] = ['simulate', 'devtools'];
const throttling = throttlingChoices.find((choice) => choice === options.throttling);
if (!throttling) throw new Error(`--throttling is simulate or devtools, not ${options.throttling}`);

const lessonRoute = 'sv/lesson/what-is-email/2/';
interface Target {
  label: string;
  route: string;
  floor: boolean;
}
const targets: Target[] = [
  { label: 'Start page', route: 'sv/', floor: false },
  { label: 'Lesson step', route: lessonRoute, floor: false },
  { label: 'Floor (no JS)', route: lessonRoute, floor: true },
];

if (!options['skip-build']) {
  console.log('Building the app (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}

const workDir = mkdtempSync(join(tmpdir(), 'natvana-bench-'));
// Measure a copy of dist/: the folder is shared with `npm run build` and the
// browser tests, and a rebuild in another terminal halfway through would
// otherwise swap files (or leave 404s) under a running Lighthouse.
const site = join(workDir, 'site');
const servers: Server[] = [];
let browser: Browser | undefined;
const reports = new Map<Target, Result[]>(targets.map((target) => [target, []]));
const assets = new Map<Target, Asset[]>();

try {
  cpSync(dist, site, { recursive: true });
  const floor = buildFloor(site, base, lessonRoute, join(workDir, 'floor'));
  const appFiles = await startStaticServer({ root: site, base });
  // The floor gets its own server (and port) so nothing of the app's can leak into it.
  const floorFiles = await startStaticServer({ root: floor.root, base });
  servers.push(appFiles.server, floorFiles.server);
  const app = appFiles;
  const floorServer = floorFiles;
  const urlOf = (target: Target): string => (target.floor ? floorServer.url : app.url) + target.route;
  console.log(`Floor: ${lessonRoute} without its ${floor.removed} script and modulepreload tag(s), same CSS, served from ${floorServer.url}`);

  browser = await startBrowser();
  console.log(`Chromium from ${browser.source}: ${browser.executablePath} (${browser.version})`);

  // The first run in a fresh browser is slower (cold disk cache, Chromium
  // starting its own services), so one run is thrown away before measuring.
  const warmUp = targets[1];
  if (warmUp) await runLighthouse(browser.chrome.port, urlOf(warmUp), throttling);

  const started = Date.now();
  // Round-robin over the pages, so a machine that slows down midway slows all pages alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const target of targets) {
      const lhr = await runLighthouse(browser.chrome.port, urlOf(target), throttling);
      reports.get(target)?.push(lhr);
      const m = metricsOf(lhr);
      console.log(
        `run ${run}/${runs}  ${target.label.padEnd(13)}  perf ${m.performance}  a11y ${m.accessibility}  bp ${m.bestPractices}  ` +
          `FCP ${Math.round(m.fcp)} ms  LCP ${Math.round(m.lcp)} ms  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}`,
      );
    }
  }
  console.log(`Lighthouse took ${Math.round((Date.now() - started) / 1000)} s for ${runs * targets.length} runs.`);

  for (const target of targets) {
    // Every run's requests, in case a lazy chunk was caught in one run and not another.
    const requests: Request[] = (reports.get(target) ?? []).flatMap(requestsOf);
    // The floor's CSS and images are the site's files, byte for byte, so both are sized from the copy.
    assets.set(target, assetsOf(requests, site, base));
  }
} finally {
  browser?.chrome.kill();
  for (const server of servers) server.close();
  rmSync(workDir, { recursive: true, force: true });
}

const pageResults = targets.map((target): PageResult => {
  const lhrs = reports.get(target) ?? [];
  const metrics = lhrs.map(metricsOf);
  const medianLcp = median(metrics.map((run) => run.lcp));
  const distance = (index: number): number => Math.abs((metrics[index]?.lcp ?? Infinity) - medianLcp);
  // With an odd number of runs this is exactly the median run.
  const closestIndex = metrics.reduce((best, _run, index) => (distance(index) < distance(best) ? index : best), 0);
  const closest = lhrs[closestIndex];
  if (!closest) throw new Error(`No Lighthouse report for ${target.label}`);
  return { label: target.label, path: target.route, runs: metrics, assets: assets.get(target) ?? [], findings: findingsOf(closest) };
});

const [start, lesson, floor] = pageResults;
if (!start || !lesson || !floor) throw new Error('missing page results');

const firstReport = [...reports.values()][0]?.[0];
const benchmarkIndexes = pageResults.flatMap((page) => (page.findings.benchmarkIndex === undefined ? [] : [page.findings.benchmarkIndex]));
const machine: Machine = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  ramGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  chromium: browser?.version ?? 'unknown Chromium',
  lighthouse: firstReport?.lighthouseVersion ?? 'unknown',
  benchmarkIndex: benchmarkIndexes.length > 0 ? median(benchmarkIndexes) : Number.NaN,
  runs,
  throttling,
};

const budgets = budgetsOf(start, lesson, floor);
const failed = budgets.filter((budget) => !budget.pass);
const parts = {
  machine,
  results: resultsMarkdown(pageResults, floor),
  bytes: bytesMarkdown(pageResults, start, lesson),
  budgets: budgetsMarkdown(budgets),
  ...(failed.length > 0 ? { findings: findingsMarkdown(pageResults.filter((page) => failed.some((budget) => budget.pages.includes(page.label)))) } : {}),
};

console.log(['', parts.results, '', parts.bytes, '', parts.budgets, ...(parts.findings ? ['', 'Where the time goes:', '', parts.findings] : [])].join('\n'));
// docs/performance.md is the record of the set-up the budgets are for; a
// run with --throttling devtools is an experiment, printed only.
if (throttling === 'simulate') {
  writeGenerated(docPath, generatedSection(parts));
  console.log(`\nWrote the results into ${docPath}.`);
} else {
  console.log(`\n${machineMarkdown(machine)}\n\nNot written to ${docPath}: only the default set-up (simulated throttling) is recorded there.`);
}

if (failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed:\n${failed.map((budget) => `  - ${budget.name}: ${budget.measured} (limit ${budget.limit})`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll budgets pass.');
}
