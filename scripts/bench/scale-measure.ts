/**
 * What a build of a curriculum costs, read from the built files (not from a
 * browser): the pages, the start page's JavaScript, the largest lesson chunk,
 * what a first visit downloads (the start page and everything its service
 * worker precaches) and what saving the whole course for offline adds.
 * Sizes are gzip at zlib's default level, 1 kB = 1000 bytes, as in bench.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScaleMeasures {
  pages: number;
  startJsGzip: number;
  largestLessonChunkGzip: number;
  largestLessonChunk: string;
  precacheFiles: number;
  precacheGzip: number;
  precacheHtmlGzip: number;
  firstVisitFiles: number;
  firstVisitGzip: number;
  /** Everything a learner has on the computer once the whole course (in `language`) is saved: the first visit and the saving. */
  wholeCourseGzip: number;
  saveCourseGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzipCache = new Map<string, number>();
function gzipOf(path: string): number {
  const cached = gzipCache.get(path);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(path)).length;
  gzipCache.set(path, size);
  return size;
}

/** The files the service worker precaches, from the list the build wrote into sw.js. */
export function precacheList(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** The site's files a page asks for itself: scripts, its chunks, styles, pictures, icons and the web manifest. */
function filesOfPage(dist: string, html: string, base: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  const urls = new Set<string>();
  for (const match of text.matchAll(/<(?:script|img)[^>]*\ssrc="([^"]+)"/g)) urls.add(match[1] ?? '');
  for (const match of text.matchAll(/<link[^>]*\shref="([^"]+)"/g)) urls.add(match[1] ?? '');
  const chunks = /name="natvana:chunks" content="([^"]*)"/.exec(text)?.[1];
  for (const chunk of chunks?.split(/\s+/) ?? []) urls.add(chunk);
  return [...urls]
    .filter((url) => url.startsWith(base) && !url.startsWith('//'))
    .map((url) => decodeURIComponent(url.slice(base.length).split(/[?#]/)[0] ?? ''))
    .filter((path) => path !== '' && existsSync(join(dist, path)) && statSync(join(dist, path)).isFile());
}

function startJsFiles(dist: string, html: string, base: string): string[] {
  return filesOfPage(dist, html, base).filter((path) => path.endsWith('.js') && !path.includes('head-script'));
}

/** The scripts the service worker imports (`importScripts(…)` in sw.js): every first visit downloads them with it. */
function workerImports(dist: string): string[] {
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return [];
  const calls = readFileSync(worker, 'utf8').matchAll(/importScripts\(([^)]*)\)/g);
  return [...calls]
    .flatMap((call) => [...(call[1] ?? '').matchAll(/["'`]([^"'`]+)["'`]/g)].map((name) => name[1] ?? ''))
    .filter((path) => path !== '' && existsSync(join(dist, path)));
}

/** The files "save the course" downloads for a language, from the list the build writes (offline/<language>.json), if there is one. */
function saveCourseList(dist: string, language: string): string[] {
  const path = join(dist, 'offline', `${language}.json`);
  if (!existsSync(path)) return [];
  const list = JSON.parse(readFileSync(path, 'utf8')) as { course: { files: string[] } };
  return list.course.files;
}

export function measureBuild(dist: string, { base = '/', language = 'sv' } = {}): ScaleMeasures {
  const all = walk(dist).map((path) => relative(dist, path).split('\\').join('/'));
  const pages = all.filter((path) => path.endsWith('index.html') && path !== 'index.html').length;
  const startHtml = `${language}/index.html`;
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + gzipOf(join(dist, path)), 0);

  const lessonChunks = all
    .filter((path) => path.startsWith('assets/') && path.endsWith('.js'))
    .filter((path) => {
      const text = readFileSync(join(dist, path), 'utf8');
      return /\bobjectives:\[/.test(text) && /\bsteps:\[/.test(text) && !/\bcreateElement\b|\bjsx\b/.test(text);
    })
    .map((path) => ({ path, gzip: gzipOf(join(dist, path)) }))
    .sort((a, b) => b.gzip - a.gzip);

  const precache = precacheList(dist).filter((path) => existsSync(join(dist, path)));
  const firstVisit = new Set([startHtml, ...filesOfPage(dist, startHtml, base), 'sw.js', ...workerImports(dist), ...precache]);
  const saved = saveCourseList(dist, language);
  const wholeCourse = new Set([...firstVisit, ...saved.filter((path) => existsSync(join(dist, path)))]);
  return {
    pages,
    startJsGzip: sum(startJsFiles(dist, startHtml, base)),
    largestLessonChunkGzip: lessonChunks[0]?.gzip ?? 0,
    largestLessonChunk: lessonChunks[0]?.path ?? '',
    precacheFiles: precache.length,
    precacheGzip: sum(precache),
    precacheHtmlGzip: sum(precache.filter((path) => path.endsWith('.html'))),
    firstVisitFiles: firstVisit.size,
    firstVisitGzip: sum(firstVisit),
    wholeCourseGzip: sum(wholeCourse),
    saveCourseGzip: sum([...wholeCourse].filter((path) => !firstVisit.has(path))),
  };
}
