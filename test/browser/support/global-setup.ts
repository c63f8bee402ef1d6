import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { type BuildVariantName, buildVariants } from '../../../scripts/build-variants.ts';
import { startStaticServer } from '../../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address each build variant is served at, under its sub-path. */
    siteUrls: Record<BuildVariantName, string>;
  }
}

/** Serves every build variant with a plain static server, under its sub-path, for the browser tests. */
export default async function setup(project: TestProject) {
  const missing = buildVariants.filter((variant) => !existsSync(`${variant.outDir}/index.html`));
  if (missing.length > 0) {
    throw new Error(`${missing.map((variant) => `${variant.outDir}/`).join(' and ')} missing: run \`npm run test:browser\`, which builds them first.`);
  }
  const served = await Promise.all(
    buildVariants.map(async (variant) => ({ variant, ...(await startStaticServer({ root: variant.outDir, base: variant.base })) })),
  );
  project.provide('siteUrls', Object.fromEntries(served.map(({ variant, url }) => [variant.name, url])) as Record<BuildVariantName, string>);
  return () => Promise.all(served.map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
}
