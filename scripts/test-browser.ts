/**
 * `npm run test:browser`: builds the app the way a library deploys it under a
 * sub-path (/natvana/), into its own folder, and once more with the example
 * library configuration (docs/library-example/), then runs the browser tests
 * against them with a plain static file server.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NATVANA_BASE: '/natvana/', NATVANA_OUT_DIR: 'dist-test' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const run = (command: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(npm, ['run', '-s', 'build']);
run(npm, ['run', '-s', 'build'], {
  NATVANA_BASE: '/',
  NATVANA_OUT_DIR: 'dist-test-library',
  NATVANA_LIBRARY: 'docs/library-example/library.json',
});
run(npx, ['vitest', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)]);
