/**
 * The builds the browser tests and `npm run screenshots` run against. A new
 * variant is one more entry here: `npm run test:browser` builds every entry,
 * the browser tests' global setup serves every entry, and a test opens one by
 * its name with `openBrowserPage({ variant })`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildVariant {
  readonly name: string;
  /** What the variant is there to show. */
  readonly purpose: string;
  /** Its own folder, so it never overwrites a build in dist/ or another variant. */
  readonly outDir: string;
  /** The sub-path it is served under, as NATVANA_BASE. */
  readonly base: string;
  /** The library.json it is built with, as NATVANA_LIBRARY. */
  readonly library: string;
  /** The lessons folder it is built from, as NATVANA_LESSONS; lessons/ when not given. */
  readonly lessons?: string;
}

export const buildVariants = [
  {
    name: 'sub-path',
    purpose: 'the bundled lessons, served under /natvana/ as a library that hosts Nätvana beside its own site',
    outDir: 'dist-test',
    base: '/natvana/',
    library: 'public/library.json',
  },
  {
    name: 'library-example',
    purpose: 'the example library configuration: its own name, logo, hours, colour, module order and kiosk mode',
    outDir: 'dist-test-library',
    base: '/',
    library: 'docs/library-example/library.json',
  },
  {
    name: 'practice',
    purpose: 'a fixture lesson with every practice e-ID scenario, one per step, so the practice is tested whatever the real lessons embed',
    outDir: 'dist-test-practice',
    base: '/',
    library: 'test/fixtures/library-practice.json',
    lessons: 'test/fixtures/lessons-practice',
  },
] as const satisfies readonly BuildVariant[];

export type BuildVariantName = (typeof buildVariants)[number]['name'];

export function buildVariant(name: BuildVariantName): BuildVariant {
  const variant = buildVariants.find((candidate) => candidate.name === name);
  if (!variant) throw new Error(`There is no build variant "${name}" in scripts/build-variants.ts.`);
  return variant;
}

/** The environment `npm run build` reads for the variant. */
export function buildEnvironment(variant: BuildVariant): Record<string, string> {
  return { NATVANA_BASE: variant.base, NATVANA_OUT_DIR: variant.outDir, NATVANA_LIBRARY: variant.library, ...(variant.lessons ? { NATVANA_LESSONS: variant.lessons } : {}) };
}

/** Runs `npm run build` for the variant; exits the process with the build's code if it fails. */
export function build(variant: BuildVariant): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', 'build'], { stdio: 'inherit', env: { ...process.env, ...buildEnvironment(variant) } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** What a build is made from: a newer file in any of these means the build is out of date. */
const sources = ['src', 'lessons', 'public', 'index.html', 'vite.config.ts', 'package.json', 'scripts/prerender.ts', 'scripts/service-worker.ts', 'scripts/offline'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when the variant has no build yet, or something it is built from changed after it was built. */
export function needsBuild(variant: BuildVariant): boolean {
  const built = join(variant.outDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return [...sources, variant.library, ...(variant.lessons ? [variant.lessons] : [])].some((source) => newestChange(source) > builtAt);
}
