/**
 * Keeps everything the start page runs in one file.
 *
 * The start page's code (src/app/start-client.tsx and all it imports) is
 * downloaded by every page first. Left to itself, the bundler moves each
 * module that a lazily loaded chunk shares with it (React, the router, the
 * shared parts) into "common" chunks of their own, because it does not
 * count on start-client having run first, though every lazy chunk is only
 * ever loaded from there. Each split costs the start page a request and
 * compressed bytes: with the pages, the kiosk timer, the settings panel and
 * the reader lazy it came to seven files and about 2 kB gzip more. This
 * plugin finds the start page's static imports once the module graph is
 * known and puts them in one manual chunk, so the lazy chunks only hold
 * what the start page does not.
 */
import type { Plugin } from 'vite';

/** The start page's code, as src/app/entry-server.tsx names it to the prerenderer. */
export const startEntrySource = 'src/app/start-client.tsx';
/** The chunk it is built into; the build's manifest lists it by this name, not by the file. */
export const startChunkName = 'start';
const startEntry = `/${startEntrySource}`;
const pageEntry = '/src/app/entry-client.ts';
/**
 * Small parts that the start page's progress (a lazy chunk, for a returning
 * learner) and the lesson pages both draw. Left to the bundler they become a
 * file of their own, which would cost a lesson step a request and more bytes
 * than they weigh; in the start page's file they cost it about 0.15 kB gzip.
 */
const sharedSmallParts = ['/src/ui/arrow-icon.tsx', '/src/ui/icon-frame.ts'];

export function startChunkPlugin(): { plugin: Plugin; isStartModule: (id: string) => boolean } {
  let startModules = new Set<string>();
  const plugin: Plugin = {
    name: 'natvana-start-chunk',
    apply: 'build',
    buildEnd() {
      if (this.environment.name !== 'client') return;
      const ids = [...this.getModuleIds()];
      const find = (path: string) => {
        const id = ids.find((candidate) => candidate.endsWith(path));
        if (!id) this.error(`${path} is not in the build: was it renamed? Update scripts/start-chunk-plugin.ts.`);
        return id;
      };
      // Static imports only: what start-client loads with import() stays out, in chunks of its own.
      const staticImports = (entry: string) => {
        const seen = new Set<string>();
        const queue = [entry];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) queue.push(imported);
        }
        return seen;
      };
      // What the page's tiny first script needs itself (Vite's preload helper among it) stays with that script,
      // or the first script would have to wait for the start page's whole download.
      const firstScript = staticImports(find(pageEntry));
      startModules = new Set([...staticImports(find(startEntry))].filter((id) => !firstScript.has(id) && !id.includes('preload-helper')));
      for (const part of sharedSmallParts) startModules.add(find(part));
    },
  };
  return { plugin, isStartModule: (id) => startModules.has(id) };
}
