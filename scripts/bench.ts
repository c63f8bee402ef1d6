/**
 * `npm run bench`: builds the app, runs Lighthouse (mobile profile) several
 * times on the start page, a lesson step, a lesson step with a practice and
 * the "floor" (the lesson step as plain HTML with no JavaScript), in two
 * passes: Lighthouse's simulated throttling, and the same slow line applied
 * for real (devtools throttling: every request waits 562.5 ms, 4× CPU). It
 * measures the JavaScript and CSS the pages load, when the practice is ready
 * to use and how fast Next answers, checks the budgets, prints the tables and
 * writes them into docs/performance.md. Exits with 1 when a budget fails.
 *
 *   npm run bench                     3 runs per page and pass
 *   npm run bench -- --runs 5         more runs, steadier medians
 *   npm run bench -- --skip-build     reuse the dist/ that is already there
 *   npm run bench -- --pass simulated (or applied)
 *                                     one pass only: printed, not written
 *
 * The pages are served gzipped by scripts/static-server.ts, as by nearly every
 * web host.
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
import { findingsOf, metricsOf, requestsOf, runLighthouse, startBrowser, type Browser, type Request } from './bench/lighthouse-run.ts';
import { nextPresses, practiceReady, type NextPresses, type PracticeReady } from './bench/on-the-page.ts';
import { practiceStepFiles, practiceStepsOf } from './bench/practice-steps.ts';
import { loadSite } from '../src/lesson-pipeline/site.ts';
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
  nextPressBudgets,
  onThePageMarkdown,
  passes,
  practiceBudgets,
  practiceStepsMarkdown,
  type PracticeStepCost,
  type Machine,
  type PageResult,
  type Pass,
} from './bench/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const docPath = join(root, 'docs', 'performance.md');
// The same base the build and `npm run preview` use, so the URLs match the files.
const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    pass: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not ${options.runs}`);
const chosenPasses: readonly Pass[] = options.pass === undefined ? passes : passes.filter((pass) => pass.name === options.pass);
if (chosenPasses.length === 0) throw new Error(`--pass is ${passes.map((pass) => pass.name).join(' or ')}, not ${options.pass}`);

const lessonRoute = 'sv/lesson/what-is-email/2/';
// A step of a real lesson that embeds the practice e-ID (lessons/e-id/log-in-with-e-id.sv.md), measured through the page.
const practiceRoute = 'sv/lesson/log-in-with-e-id/5/';
const practiceRegion = 'Övning';
// The lesson whose steps Next is pressed through, from its first step.
const nextRoute = 'sv/lesson/what-is-email/1/';
const nextName = /^Nästa/;
const nextPressCount = 5;
interface Target {
  label: string;
  route: string;
  floor: boolean;
}
const targets: Target[] = [
  { label: 'Start page', route: 'sv/', floor: false },
  { label: 'Lesson step', route: lessonRoute, floor: false },
  { label: 'Practice step', route: practiceRoute, floor: false },
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
const reports = new Map<Pass, Map<Target, Result[]>>(chosenPasses.map((pass) => [pass, new Map(targets.map((target) => [target, []]))]));
const assets = new Map<Target, Asset[]>();
const practiceRuns: PracticeReady[] = [];
const practiceCosts: PracticeStepCost[] = [];
// Every practice scenario the Swedish lessons embed, at the first step that shows it (the lessons the build used).
const practiceSteps = practiceStepsOf(loadSite(process.env.NATVANA_LESSONS ?? 'lessons', process.env.NATVANA_LIBRARY ?? 'public/library.json').curriculum.lessons, 'sv');
const nextRuns: NextPresses[] = [];

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
  if (warmUp) await runLighthouse(browser.chrome.port, urlOf(warmUp), 'simulate');

  for (const pass of chosenPasses) {
    const started = Date.now();
    // Round-robin over the pages, so a machine that slows down midway slows all pages alike.
    for (let run = 1; run <= runs; run += 1) {
      for (const target of targets) {
        const lhr = await runLighthouse(browser.chrome.port, urlOf(target), pass.throttling);
        reports.get(pass)?.get(target)?.push(lhr);
        const m = metricsOf(lhr);
        console.log(
          `${pass.name.padEnd(9)} run ${run}/${runs}  ${target.label.padEnd(13)}  perf ${m.performance}  a11y ${m.accessibility}  bp ${m.bestPractices}  ` +
            `FCP ${Math.round(m.fcp)} ms  LCP ${Math.round(m.lcp)} ms  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}`,
        );
      }
    }
    console.log(`The ${pass.name} pass took ${Math.round((Date.now() - started) / 1000)} s for ${runs * targets.length} Lighthouse runs.`);
  }

  // Through the page, on the applied line: when the practice can be used, and how fast Next answers.
  for (let run = 1; run <= runs; run += 1) {
    const ready = await practiceReady(browser.chrome.port, app.url + practiceRoute, practiceRegion);
    practiceRuns.push(ready);
    const presses = await nextPresses(browser.chrome.port, app.url + nextRoute, nextName, nextPressCount);
    nextRuns.push(presses);
    console.log(`on the page run ${run}/${runs}  practice ready ${Math.round(ready.readyMs)} ms  Next ${presses.durations.map((ms) => Math.round(ms)).join(', ')} ms`);
  }

  // What each practice adds to its lesson's step: which files, not when, so once and on a fast line.
  const practiceFiles = await practiceStepFiles(browser.chrome.port, app.url, practiceSteps, practiceRegion);
  // Sized from the copy while it is there: the files a practice step loads beyond its lesson's plain step.
  for (const { step, files, plainFiles } of practiceFiles) {
    const plain = new Set(assetsOf(plainFiles, site, base).map((asset) => asset.path));
    practiceCosts.push({ kind: step.kind, scenario: step.scenario, route: step.route, extra: assetsOf(files, site, base).filter((asset) => !plain.has(asset.path)) });
  }
  console.log(`Measured the files of ${practiceCosts.length} practice steps.`);

  for (const target of targets) {
    // Every run's requests, in case a lazy chunk was caught in one run and not another.
    const requests: Request[] = [...reports.values()].flatMap((byTarget) => byTarget.get(target) ?? []).flatMap(requestsOf);
    // The floor's CSS and images are the site's files, byte for byte, so both are sized from the copy.
    assets.set(target, assetsOf(requests, site, base));
  }
} finally {
  browser?.chrome.kill();
  for (const server of servers) server.close();
  rmSync(workDir, { recursive: true, force: true });
}

function pageResultsOf(pass: Pass): PageResult[] {
  return targets.map((target): PageResult => {
    const lhrs = reports.get(pass)?.get(target) ?? [];
    const metrics = lhrs.map(metricsOf);
    const medianLcp = median(metrics.map((run) => run.lcp));
    const distance = (index: number): number => Math.abs((metrics[index]?.lcp ?? Infinity) - medianLcp);
    // With an odd number of runs this is exactly the median run.
    const closestIndex = metrics.reduce((best, _run, index) => (distance(index) < distance(best) ? index : best), 0);
    const closest = lhrs[closestIndex];
    if (!closest) throw new Error(`No Lighthouse report for ${target.label}`);
    return { label: target.label, path: target.route, runs: metrics, assets: assets.get(target) ?? [], findings: findingsOf(closest) };
  });
}

const resultsByPass = chosenPasses.map((pass) => {
  const pages = pageResultsOf(pass);
  const [start, lesson, practice, floor] = pages;
  if (!start || !lesson || !practice || !floor) throw new Error('missing page results');
  return { pass, pages, start, lesson, practice, floor, budgets: budgetsOf(pass, start, lesson, floor) };
});
const first = resultsByPass[0];
if (!first) throw new Error('no pass measured');

const allReports = [...reports.values()].flatMap((byTarget) => [...byTarget.values()].flat());
const benchmarkIndexes = allReports.flatMap((lhr) => (typeof lhr.environment.benchmarkIndex === 'number' ? [lhr.environment.benchmarkIndex] : []));
const machine: Machine = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  ramGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  chromium: browser?.version ?? 'unknown Chromium',
  lighthouse: allReports[0]?.lighthouseVersion ?? 'unknown',
  benchmarkIndex: benchmarkIndexes.length > 0 ? median(benchmarkIndexes) : Number.NaN,
  runs,
  passes: chosenPasses,
};

const budgets = [...resultsByPass.flatMap((result) => result.budgets), ...nextPressBudgets(nextRuns, nextRoute), ...practiceBudgets(practiceCosts)];
const failed = budgets.filter((budget) => !budget.pass);
const parts = {
  machine,
  results: resultsByPass.map((result) => ({ pass: result.pass, table: resultsMarkdown(result.pages, result.floor) })),
  bytes: bytesMarkdown(first.pages, first.start, first.lesson, first.practice),
  onThePage: onThePageMarkdown(practiceRuns, nextRuns, { practiceRoute, nextRoute }),
  practiceSteps: practiceStepsMarkdown(practiceCosts),
  budgets: budgetsMarkdown(budgets),
  ...(failed.length > 0
    ? {
        findings: findingsMarkdown(
          resultsByPass.flatMap((result) =>
            result.pages
              .filter((page) => failed.some((budget) => budget.pass === false && budget.pages.includes(page.label) && budget.name.startsWith(result.pass.label)))
              .map((page) => ({ ...page, label: `${page.label}, ${result.pass.label.toLowerCase()}` })),
          ),
        ),
      }
    : {}),
};

console.log(
  [
    '',
    ...parts.results.flatMap((result) => [`${result.pass.label}:`, '', result.table, '']),
    parts.bytes,
    '',
    parts.onThePage,
    '',
    parts.practiceSteps,
    '',
    parts.budgets,
    ...(parts.findings ? ['', 'Where the time goes:', '', parts.findings] : []),
  ].join('\n'),
);
// docs/performance.md is the record of both passes together; one pass alone is an experiment, printed only.
if (chosenPasses.length === passes.length) {
  writeGenerated(docPath, generatedSection(parts));
  console.log(`\nWrote the results into ${docPath}.`);
} else {
  console.log(`\n${machineMarkdown(machine)}\n\nNot written to ${docPath}: only a run of both passes is recorded there.`);
}

if (failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed:\n${failed.map((budget) => `  - ${budget.name}: ${budget.measured} (limit ${budget.limit})`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll budgets pass.');
}
