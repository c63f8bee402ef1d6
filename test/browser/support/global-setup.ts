import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.ts';
import { existsSync } from 'node:fs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves the built app with a plain static server, under its sub-path, for the browser tests. */
export default async function setup(project: TestProject) {
  const root = process.env.NATVANA_OUT_DIR ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run test:browser\`, which builds it first.`);
  const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');
  const { server, url } = await startStaticServer({ root, base });
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
