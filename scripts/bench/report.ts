/**
 * Turns the runs into medians, budgets and Markdown, and writes the
 * generated part of docs/performance.md (the prose above it stays).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { total, type Asset } from './bytes.ts';
import type { Findings, RunMetrics, Throttling } from './lighthouse-run.ts';
import type { NextPresses, PracticeReady } from './on-the-page.ts';

/**
 * The two ways the benchmark slows the line. Lighthouse's simulation loads
 * the page at full speed and estimates the slow phone; it cannot see a file
 * the browser asks for one round trip late, which the applied pass (devtools
 * throttling: the same limits applied for real, 562.5 ms per request) does.
 * The LCP budget holds in both.
 */
export interface Pass {
  name: 'simulated' | 'applied';
  label: string;
  throttling: Throttling;
  /** How the pass slows the page, for the report. */
  described: string;
}

export const passes: readonly Pass[] = [
  { name: 'simulated', label: 'Simulated', throttling: 'simulate', described: 'simulated throttling (150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown)' },
  { name: 'applied', label: 'Applied', throttling: 'devtools', described: 'devtools throttling (562.5 ms per request, 1.4 Mbit/s, 4× CPU slowdown, applied while the page loads)' },
];

export const startMarker = '<!-- bench:generated:start -->';
export const endMarker = '<!-- bench:generated:end -->';

export interface PageResult {
  label: string;
  path: string;
  runs: RunMetrics[];
  assets: Asset[];
  /** From the run whose LCP is the median one, so the findings match the table. */
  findings: Findings;
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  chromium: string;
  lighthouse: string;
  benchmarkIndex: number;
  runs: number;
  passes: readonly Pass[];
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
  /** Which pages' findings explain a failure. */
  pages: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // An even count takes the mean of the two middle values.
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export type Medians = RunMetrics;

export function mediansOf(runs: RunMetrics[]): Medians {
  const of = (key: keyof RunMetrics): number => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
  };
}

/** Kilobytes as Vite's build report counts them (1 kB = 1000 bytes), so the two can be compared. */
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const ratio = (value: number, floor: number): string => (floor > 0 ? `${(value / floor).toFixed(2)}×` : '—');
const points = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

export interface Limits {
  /** Pressing Next, key press to the next step painted, at 4× CPU: the first press after the page loaded, and the ones after. */
  nextPress: number;
  startJsGzip: number;
  lessonExtraJsGzip: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpVsFloor: number;
  tbt: number;
}

export const limits: Limits = {
  nextPress: 100,
  startJsGzip: 110_000,
  lessonExtraJsGzip: 15_000,
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  lcpVsFloor: 1.1,
  tbt: 150,
};

/** What a practice may add to its lesson's step, gzip: the same 15 kB a lesson may add to the start page. */
export const practiceExtraJsGzip = 15_000;

/** One practice step's files beyond its lesson's plain step, sized from the built site. */
export interface PracticeStepCost {
  kind: string;
  scenario: string;
  route: string;
  /** The JavaScript and CSS the practice step loads that the plain step of its lesson does not. */
  extra: Asset[];
}

/** A budget per practice step: its JavaScript beyond its lesson's plain step. */
export function practiceBudgets(costs: PracticeStepCost[]): Budget[] {
  return costs.map((cost) => {
    const js = total(cost.extra, 'js', 'gzip');
    return {
      name: `Extra JavaScript for the practice ${cost.kind} / ${cost.scenario} (gzip, beyond its lesson's step)`,
      limit: `≤ ${kB(practiceExtraJsGzip)}`,
      measured: kB(js),
      pass: js <= practiceExtraJsGzip,
      pages: [cost.route],
    };
  });
}

export function practiceStepsMarkdown(costs: PracticeStepCost[]): string {
  if (costs.length === 0) return '';
  const rows = costs.map((cost) => [
    cost.kind,
    cost.scenario,
    `\`${cost.route}\``,
    String(cost.extra.filter((asset) => asset.kind === 'js').length),
    kB(total(cost.extra, 'js', 'gzip')),
    kB(total(cost.extra, 'css', 'gzip')),
  ]);
  return table(['Kind', 'Scenario', 'First step that shows it', 'JS files', 'JS gzip', 'CSS gzip'], rows);
}

/** The JavaScript a lesson step loads that the start page did not: what opening a lesson costs. */
export function lessonExtra(start: PageResult, lesson: PageResult): Asset[] {
  const loaded = new Set(start.assets.map((asset) => asset.path));
  return lesson.assets.filter((asset) => asset.kind === 'js' && !loaded.has(asset.path));
}

/**
 * The budgets of one pass. The LCP budget holds in both passes; the sizes, the
 * scores and TBT are the simulated pass's (sizes do not depend on the line, and
 * the applied pass's scores move with the machine's load).
 */
export function budgetsOf(pass: Pass, start: PageResult, lesson: PageResult, floor: PageResult): Budget[] {
  const floorLcp = mediansOf(floor.runs).lcp;
  const lcpBudget = (page: PageResult): Budget => {
    const m = mediansOf(page.runs);
    return {
      name: `${pass.label}: ${page.label}: LCP against the floor`,
      limit: `≤ ${limits.lcpVsFloor.toFixed(1)}× (${ms(floorLcp * limits.lcpVsFloor)})`,
      measured: `${ratio(m.lcp, floorLcp)} (${ms(m.lcp)})`,
      pass: m.lcp <= floorLcp * limits.lcpVsFloor,
      pages: [page.label],
    };
  };
  if (pass.name === 'applied') return [lcpBudget(start), lcpBudget(lesson)];
  const startJs = total(start.assets, 'js', 'gzip');
  const extraJs = total(lessonExtra(start, lesson), 'js', 'gzip');
  const budgets: Budget[] = [
    { name: 'Start page JavaScript (gzip)', limit: `≤ ${kB(limits.startJsGzip)}`, measured: kB(startJs), pass: startJs <= limits.startJsGzip, pages: [start.label] },
    {
      name: 'Extra JavaScript for a lesson (gzip)',
      limit: `≤ ${kB(limits.lessonExtraJsGzip)}`,
      measured: kB(extraJs),
      pass: extraJs <= limits.lessonExtraJsGzip,
      pages: [lesson.label],
    },
  ];
  for (const page of [start, lesson]) {
    const m = mediansOf(page.runs);
    budgets.push(
      { name: `${pass.label}: ${page.label}: Lighthouse performance`, limit: `≥ ${limits.performance}`, measured: points(m.performance), pass: m.performance >= limits.performance, pages: [page.label] },
      { name: `${pass.label}: ${page.label}: Lighthouse accessibility`, limit: `${limits.accessibility}`, measured: points(m.accessibility), pass: m.accessibility >= limits.accessibility, pages: [page.label] },
      { name: `${pass.label}: ${page.label}: Lighthouse best practices`, limit: `${limits.bestPractices}`, measured: points(m.bestPractices), pass: m.bestPractices >= limits.bestPractices, pages: [page.label] },
      lcpBudget(page),
      { name: `${pass.label}: ${page.label}: Total Blocking Time`, limit: `≤ ${ms(limits.tbt)}`, measured: ms(m.tbt), pass: m.tbt <= limits.tbt, pages: [page.label] },
    );
  }
  return budgets;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function resultsMarkdown(pages: PageResult[], floor: PageResult): string {
  const floorMedians = mediansOf(floor.runs);
  const rows = pages.map((page) => {
    const m = mediansOf(page.runs);
    const lcps = page.runs.map((run) => run.lcp);
    return [
      `${page.label} (\`${page.path}\`)`,
      points(m.performance),
      points(m.accessibility),
      points(m.bestPractices),
      ms(m.fcp),
      ms(m.lcp),
      `${ms(Math.min(...lcps))} – ${ms(Math.max(...lcps))}`,
      ms(m.tbt),
      m.cls.toFixed(3),
      ratio(m.fcp, floorMedians.fcp),
      ratio(m.lcp, floorMedians.lcp),
    ];
  });
  return table(['Page', 'Performance', 'Accessibility', 'Best practices', 'FCP', 'LCP', 'LCP min – max', 'TBT', 'CLS', 'FCP ÷ floor', 'LCP ÷ floor'], rows);
}

/** What one page loads that another did not, JavaScript and CSS. */
function beyond(base: PageResult, page: PageResult): Asset[] {
  const loaded = new Set(base.assets.map((asset) => asset.path));
  return page.assets.filter((asset) => !loaded.has(asset.path));
}

function filesTable(assets: Asset[]): string {
  const rows = assets.map((asset) => [`\`${asset.path}\``, kB(asset.raw), kB(asset.gzip)]);
  rows.push(['**total**', `**${kB(assets.reduce((sum, asset) => sum + asset.raw, 0))}**`, `**${kB(assets.reduce((sum, asset) => sum + asset.gzip, 0))}**`]);
  return table(['File', 'raw', 'gzip'], rows);
}

export function bytesMarkdown(pages: PageResult[], start: PageResult, lesson: PageResult, practice: PageResult): string {
  const rows = pages.map((page) => [
    page.label,
    String(page.assets.filter((asset) => asset.kind === 'js').length),
    kB(total(page.assets, 'js', 'raw')),
    kB(total(page.assets, 'js', 'gzip')),
    kB(total(page.assets, 'css', 'raw')),
    kB(total(page.assets, 'css', 'gzip')),
  ]);
  return [
    table(['Page', 'JS files', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip'], rows),
    '',
    `JavaScript the lesson step loads beyond the start page's (the cost of opening a lesson):`,
    '',
    filesTable(lessonExtra(start, lesson)),
    '',
    `What the practice step loads beyond the lesson step's (its own lesson, the practice's code and styles):`,
    '',
    filesTable(beyond(lesson, practice).filter((asset) => asset.kind === 'js' || asset.kind === 'css')),
  ].join('\n');
}

export function onThePageMarkdown(practiceRuns: PracticeReady[], nextRuns: NextPresses[], routes: { practiceRoute: string; nextRoute: string }): string {
  if (practiceRuns.length === 0) return '';
  const ready = practiceRuns.map((run) => run.readyMs);
  const firsts = nextRuns.flatMap((run) => run.durations.slice(0, 1));
  const rest = nextRuns.flatMap((run) => run.durations.slice(1));
  const range = (values: number[]) => (values.length > 0 ? `${ms(Math.min(...values))} – ${ms(Math.max(...values))}` : '—');
  const medianOf = (values: number[]) => (values.length > 0 ? ms(median(values)) : '—');
  return table(
    ['Measured through the page, applied line and 4× CPU', 'Median', 'Min – max'],
    [
      [`Practice ready to use (\`${routes.practiceRoute}\`, from the start of the navigation)`, ms(median(ready)), range(ready)],
      [`First press of Next after the page loaded (\`${routes.nextRoute}\`)`, medianOf(firsts), range(firsts)],
      ['The following presses of Next', medianOf(rest), range(rest)],
    ],
  );
}

/** Next answers within 100 ms at 4× CPU: the first press after the page loaded (median over the runs), and the presses after it (median of all). */
export function nextPressBudgets(nextRuns: NextPresses[], route: string): Budget[] {
  const firsts = nextRuns.flatMap((run) => run.durations.slice(0, 1));
  const rest = nextRuns.flatMap((run) => run.durations.slice(1));
  const budget = (name: string, values: number[]): Budget => {
    const measured = values.length > 0 ? median(values) : Number.NaN;
    return { name, limit: `≤ ${ms(limits.nextPress)}`, measured: values.length > 0 ? ms(measured) : 'not measured', pass: measured <= limits.nextPress, pages: [route] };
  };
  return [budget('Applied line, 4× CPU: first press of Next after the page loaded', firsts), budget('Applied line, 4× CPU: the following presses of Next', rest)];
}

export function budgetsMarkdown(budgets: Budget[]): string {
  return table(
    ['Budget', 'Limit', 'Measured (median)', 'Result'],
    budgets.map((budget) => [budget.name, budget.limit, budget.measured, budget.pass ? 'pass' : '**FAIL**']),
  );
}

export function findingsMarkdown(pages: PageResult[]): string {
  return pages
    .map((page) => {
      const { findings } = page;
      const lines = [`#### ${page.label}`, ''];
      if (findings.lcpElement) lines.push(`- LCP element: \`${findings.lcpElement.replaceAll('`', "'")}\``);
      if (findings.lcpPhases.length > 0) lines.push(`- LCP split: ${findings.lcpPhases.map((phase) => `${phase.phase} ${ms(phase.ms)}`).join(' · ')}`);
      for (const opportunity of findings.opportunities) {
        lines.push(`- ${opportunity.title}${opportunity.displayValue ? ` — ${opportunity.displayValue}` : ''} (estimated savings: ${opportunity.savings})`);
      }
      if (findings.longTasks.length > 0) lines.push(`- Longest main-thread tasks: ${findings.longTasks.map((task) => `${ms(task.ms)} in \`${task.url}\``).join(' · ')}`);
      if (findings.mainThread.length > 0) lines.push(`- Main-thread work: ${findings.mainThread.map((work) => `${work.kind} ${ms(work.ms)}`).join(' · ')}`);
      for (const audit of findings.failing) lines.push(`- Failing ${audit.category} audit: ${audit.title}`);
      if (lines.length === 2) lines.push('- Lighthouse reports nothing above its thresholds.');
      return lines.join('\n');
    })
    .join('\n\n');
}

export function machineMarkdown(machine: Machine): string {
  return [
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM (Lighthouse benchmarkIndex ${Math.round(machine.benchmarkIndex)}, median)`,
    `- Node ${machine.node}, ${machine.chromium}, Lighthouse ${machine.lighthouse}`,
    `- ${machine.runs} runs per page and pass (medians below), mobile profile: ${machine.passes.map((pass) => `${pass.name}, ${pass.described}`).join('; ')}`,
    `- Server: scripts/static-server.ts, gzip for text as on a typical web host`,
  ].join('\n');
}

export function generatedSection(parts: {
  machine: Machine;
  results: { pass: Pass; table: string }[];
  bytes: string;
  onThePage: string;
  practiceSteps: string;
  budgets: string;
  findings?: string;
}): string {
  const sections = [
    startMarker,
    '<!-- Written by `npm run bench`: everything down to bench:generated:end is replaced on each run. -->',
    '',
    '## Latest results',
    '',
    machineMarkdown(parts.machine),
    '',
    ...parts.results.flatMap((result) => [`### Lighthouse, ${result.pass.name} pass`, '', result.table, '']),
    '### Bytes',
    '',
    parts.bytes,
    '',
    '### On the page',
    '',
    parts.onThePage,
    '',
    '### Each practice beyond its lesson\'s step',
    '',
    'What the step that first shows each practice scenario downloads (until the practice can be used and the network is quiet) beyond a plain step of the same lesson, each a first visit; the e-service\'s login downloads the practice e-ID when the learner reaches it.',
    '',
    parts.practiceSteps,
    '',
    '### Budgets',
    '',
    parts.budgets,
  ];
  if (parts.findings) sections.push('', '### Where the time goes (a budget failed)', '', 'From the run with the median LCP of each page; savings are Lighthouse\'s estimates.', '', parts.findings);
  sections.push('', endMarker);
  return sections.join('\n');
}

/** Replaces the text between the markers, or appends the section when the markers are missing. */
export function writeGenerated(docPath: string, section: string): void {
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const next =
    start !== -1 && end > start
      ? current.slice(0, start) + section + current.slice(end + endMarker.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
}
