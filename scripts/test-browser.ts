/**
 * `npm run test:browser`: builds every variant in scripts/build-variants.ts
 * (today: the bundled lessons under the sub-path /natvana/, and the example
 * library configuration), each into its own folder, then runs the browser
 * tests against them with a plain static file server.
 */
import { spawnSync } from 'node:child_process';
import { build, buildVariants } from './build-variants.ts';

for (const variant of buildVariants) build(variant);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['vitest', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
