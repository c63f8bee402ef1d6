import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonsCheckReport } from '../../scripts/lessons-check-report.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { formatProblem } from '../../src/lesson-pipeline/problems.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

// The library file names the fixture's module, so the check does not compare the fixtures with the real library's modules.
const library = 'test/fixtures/library-first-steps.json';

/** What `npm run lessons:check <dir> <library>` prints, without starting a process. */
const lessonsCheck = (dir: string) => lessonsCheckReport(dir, library);

describe('npm run lessons:check', () => {
  it('exits with 1 and prints one file:line:column  message  fix line per problem for a broken folder', () => {
    const result = lessonsCheck('test/fixtures/lessons-broken');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain('no problems');
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      'test/fixtures/lessons-broken/first-steps/use-the-mouse.sv.md:17:1  The picture has no alt text.  Write what the picture shows between the square brackets: ![A keyboard with the @ key marked](…).',
    );
    expect(lines).toContain(
      'test/fixtures/lessons-broken/first-steps/use-the-mouse.sv.md:21:22  A javascript: link is not allowed.  Link to a web page with https://, to an email address with mailto:, or to another lesson with its file path.',
    );
    expect(lines).toContain('Nätvana lessons: 2 problems. The app is not built until every problem is fixed.');
  });

  it('prints the same lines as loadCurriculum and formatProblem', () => {
    const expected = loadCurriculum(`${projectRoot}/test/fixtures/lessons-broken`, projectRoot).problems.map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);
    const printed = lessonsCheck('test/fixtures/lessons-broken').stderr.split('\n').filter((line) => /^\S+:\d+:\d+ {2}/.test(line));
    expect(printed).toEqual(expected);
  });

  it('exits with 0 and says so for a good folder', () => {
    const result = lessonsCheck('test/fixtures/lessons-good');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Nätvana lessons: no problems.');
    expect(result.stdout).toContain('2 lessons in 2 languages');
    expect(result.stdout).toMatch(/^Readability: LIX for Swedish \(at most 40\), Flesch reading ease for English \(at least 70\)\.\nlesson +steps +readability +longest sentence\n/);
    // next-steps has no instructor notes: a warning, and the check still passes.
    expect(result.stderr).toContain('test/fixtures/lessons-good/first-steps/next-steps.sv.md:1:1  Warning: the lesson has no instructor notes.');
    expect(result.stderr).not.toContain('use-the-mouse.sv.md:1:1  Warning');
    expect(result.stderr.split('\n').filter((line) => /^\S+:\d+:\d+ {2}/.test(line))).toHaveLength(2);
  });

  it('exits with 1 for a folder that does not exist', () => {
    const result = lessonsCheck('test/fixtures/no-such-folder');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('test/fixtures/no-such-folder:1:1  The lessons folder does not exist.');
  });

  // The one real run: the command's exit code, stdout and stderr are the report's, unchanged.
  it('as a command, exits with the report’s code and prints its output as is', () => {
    const command = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lessons-check.ts', 'test/fixtures/lessons-broken', library], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = lessonsCheck('test/fixtures/lessons-broken');
    expect(command.status).toBe(1);
    expect(command.stdout).toBe(report.stdout);
    expect(command.stderr).toBe(report.stderr);
  }, 60_000);
});
