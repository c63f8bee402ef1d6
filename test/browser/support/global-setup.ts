import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.ts';
import { existsSync } from 'node:fs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves the built app (dist/) with a plain static server for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:browser does).');
  const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');
  const { server, url } = await startStaticServer({ root: 'dist', base });
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
