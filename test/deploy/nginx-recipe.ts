/**
 * The nginx recipe of docs/deploying.md, run for real: the server block as
 * the docs print it, with only its port and folder put in, behind a minimal
 * nginx configuration of its own (no system files changed, nothing left
 * running). Used by the header test and by the browser test of the recipe.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** nginx where it is installed; Debian puts it in /usr/sbin, which is not on every user's PATH. */
export const nginx = ['/usr/sbin/nginx', spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()].find((path) => path && existsSync(path));

/** docs/deploying.md's nginx server block, as printed. */
export function nginxRecipe(): string {
  const docs = readFileSync(fileURLToPath(new URL('../../docs/deploying.md', import.meta.url)), 'utf8');
  return /```nginx\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningRecipe {
  /** `http://127.0.0.1:<port>`, no slash at the end. */
  origin: string;
  /** The configuration nginx runs, for a test to check what was put in. */
  served: string;
  stop(): void;
}

/** Starts nginx with the recipe serving `root` (readable by nginx's workers); throws with nginx's own words if it cannot. */
export async function startNginxRecipe(root: string): Promise<RunningRecipe> {
  const prefix = mkdtempSync(join(tmpdir(), 'natvana-nginx-'));
  const port = await freePort();
  const served = nginxRecipe().replace('listen 443 ssl;', `listen 127.0.0.1:${port};`).replace(/root \/var\/www\/natvana;/, `root ${root};`);
  const config = [
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    served,
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const child = spawn(nginx ?? 'nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin);
      return { origin, served, stop };
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  stop();
  throw new Error(`nginx did not start: ${errors}`);
}
