/**
 * `npm run bench:scale`: what the course costs as it grows. Builds a
 * curriculum of 24, 100 and 500 lessons (the real lessons copied under new ids,
 * in Swedish and English; scripts/bench/scale-curriculum.ts) and prints, per
 * size: build time, pages prerendered, start page JavaScript, the largest
 * lesson chunk, a first visit's download (the start page and the service
 * worker's precache) and the cost of saving the whole course for offline.
 * Writes the table into docs/performance.md between the bench:scale markers
 * and exits 1 when a budget fails.
 *
 *   npm run bench:scale                 # 24, 100 and 500 lessons
 *   npm run bench:scale -- --max 100    # 24 and 100 (sizes up to the max)
 *   npm run bench:scale -- --no-write   # print only
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCurriculum } from './bench/scale-curriculum.ts';
import { type ScaleMeasures, measureBuild } from './bench/scale-measure.ts';

const { values } = parseArgs({ options: { max: { type: 'string', default: '500' }, 'no-write': { type: 'boolean', default: false } } });
const max = Number(values.max);
if (!Number.isInteger(max) || max < 5) throw new Error(`--max must be a whole number of lessons, 5 or more (got ${values.max}).`);
// Today's course (24 lessons per language), four times it, and twenty times it.
const sizes = [...new Set([24, 100, 500, max].filter((size) => size <= max))].sort((a, b) => a - b);

const docPath = 'docs/performance.md';
const startMarker = '<!-- bench:scale:start -->';
const endMarker = '<!-- bench:scale:end -->';
const language = 'sv';
const kB = (bytes: number) => `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
const number = (value: number) => value.toLocaleString('en-GB');

interface Row extends ScaleMeasures {
  lessons: number;
  buildSeconds: number;
}

const rows: Row[] = [];
for (const size of sizes) {
  const { dir, lessons } = generateCurriculum(size);
  const outDir = join(tmpdir(), `natvana-scale-dist-${size}`);
  rmSync(outDir, { recursive: true, force: true });
  console.log(`\n${lessons} lessons per language: building…`);
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NATVANA_LESSONS: dir, NATVANA_OUT_DIR: outDir, NATVANA_BASE: '/' },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0 || !existsSync(join(outDir, 'sw.js'))) {
    console.error(`The build of ${lessons} lessons failed (exit ${result.status}).`);
    process.exit(1);
  }
  const measures = measureBuild(outDir, { base: '/', language });
  rmSync(outDir, { recursive: true, force: true });
  rows.push({ lessons, buildSeconds, ...measures });
  console.log(`  ${buildSeconds.toFixed(1)} s, ${measures.pages} pages, first visit ${kB(measures.firstVisitGzip)}`);
}

const table = [
  `| | ${rows.map((row) => `${row.lessons} lessons`).join(' | ')} |`,
  `| --- | ${rows.map(() => '---:').join(' | ')} |`,
  `| build time | ${rows.map((row) => `${row.buildSeconds.toFixed(1)} s`).join(' | ')} |`,
  `| pages prerendered | ${rows.map((row) => number(row.pages)).join(' | ')} |`,
  `| start page JavaScript, gzip | ${rows.map((row) => kB(row.startJsGzip)).join(' | ')} |`,
  `| largest lesson chunk, gzip | ${rows.map((row) => kB(row.largestLessonChunkGzip)).join(' | ')} |`,
  `| service-worker precache, gzip (of it HTML) | ${rows.map((row) => `${kB(row.precacheGzip)} (${kB(row.precacheHtmlGzip)}) in ${number(row.precacheFiles)} files`).join(' | ')} |`,
  `| first visit to \`/${language}/\`, gzip | ${rows.map((row) => `${kB(row.firstVisitGzip)} in ${number(row.firstVisitFiles)} files`).join(' | ')} |`,
  `| "save the course" adds, gzip | ${rows.map((row) => kB(row.saveCourseGzip)).join(' | ')} |`,
  `| the whole course offline, gzip | ${rows.map((row) => kB(row.wholeCourseGzip)).join(' | ')} |`,
].join('\n');

interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}
const budgets: Budget[] = [];
const firstVisitLimit = 300_000;
for (const row of rows) {
  budgets.push({ name: `First visit at ${row.lessons} lessons`, limit: '≤ 300 kB gzip', measured: kB(row.firstVisitGzip), pass: row.firstVisitGzip <= firstVisitLimit });
}
// Flat: what grows with the lessons (the lesson index, the lesson loaders) comes with the pages that need it, so a
// first visit to a course twenty times larger downloads what it did before, give or take the start page's counts.
const firstVisitGrowthLimit = 2_000;
const fewest = rows[0];
const most = rows.at(-1);
if (fewest && most && most !== fewest) {
  const growth = most.firstVisitGzip - fewest.firstVisitGzip;
  budgets.push({
    name: `First visit, ${fewest.lessons} → ${most.lessons} lessons`,
    limit: `grows ≤ ${kB(firstVisitGrowthLimit)}`,
    measured: `${growth >= 0 ? '+' : '−'}${kB(Math.abs(growth))}`,
    pass: growth <= firstVisitGrowthLimit,
  });
}
const hundred = rows.find((row) => row.lessons === 100) ?? rows.at(-1);
if (hundred) {
  budgets.push({ name: `Start page JavaScript at ${hundred.lessons} lessons`, limit: '≤ 110 kB gzip', measured: kB(hundred.startJsGzip), pass: hundred.startJsGzip <= 110_000 });
}
const smallest = rows[0];
const largest = rows.at(-1);
if (smallest && largest && largest !== smallest) {
  const timeRatio = largest.buildSeconds / smallest.buildSeconds;
  const lessonRatio = largest.lessons / smallest.lessons;
  budgets.push({
    name: `Build time, ${smallest.lessons} → ${largest.lessons} lessons`,
    limit: `grows ≤ ${lessonRatio.toFixed(0)}× (as the lessons)`,
    measured: `${timeRatio.toFixed(1)}×`,
    pass: timeRatio <= lessonRatio,
  });
}
const budgetTable = [
  '| Budget | Limit | Measured | |',
  '| --- | --- | --- | --- |',
  ...budgets.map((budget) => `| ${budget.name} | ${budget.limit} | ${budget.measured} | ${budget.pass ? 'pass' : '**fail**'} |`),
].join('\n');

console.log(`\n${table}\n\n${budgetTable}`);

if (!values['no-write']) {
  const section = [
    startMarker,
    '<!-- Written by `npm run bench:scale`: everything down to bench:scale:end is replaced on each run. -->',
    '',
    `Measured ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC, Node ${process.version}, ${number(rows.length)} builds. Sizes from the built files (gzip, zlib's default level): the first visit is \`/${language}/index.html\`, the files it asks for, \`sw.js\` and everything in the service worker's precache list.`,
    '',
    table,
    '',
    budgetTable,
    endMarker,
  ].join('\n');
  const current = readFileSync(docPath, 'utf8');
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const generatedStart = current.indexOf('<!-- bench:generated:start -->');
  const next =
    start !== -1 && end > start
      ? current.slice(0, start) + section + current.slice(end + endMarker.length)
      : generatedStart !== -1
        ? `${current.slice(0, generatedStart)}${section}\n\n${current.slice(generatedStart)}`
        : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
  console.log(`\nWrote the table into ${docPath}.`);
}

const failed = budgets.filter((budget) => !budget.pass);
if (failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed:\n${failed.map((budget) => `  - ${budget.name}: ${budget.measured} (limit ${budget.limit})`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll budgets pass.');
}
