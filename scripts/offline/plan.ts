/**
 * What the service worker downloads on a first visit, and what "save the
 * course" downloads later, worked out from the built files and Vite's
 * manifest. Plain data in, plain data out, so a unit test can check it
 * without a build.
 *
 * - The precache is the app shell: every script, style and picture the app
 *   itself is made of, the web manifest and `app-shell.html`, the one page
 *   with no words of any language, which the service worker answers with for
 *   any page it has no copy of. No page of any language is in it (the app
 *   draws every page from its scripts and the lesson's data), and no lesson:
 *   a lesson is kept when it is opened, or when the learner saves the course.
 * - The offline list of an interface language (`offline/<language>.json`)
 *   names each lesson's files (its chunk, the chunks it imports and its
 *   pictures) with their download size, per module and for the whole course.
 * - The two files that grow with the number of lessons, the lesson index and
 *   the lesson loaders, are not precached either, so a first visit costs the
 *   same with 24 lessons or 500: a page that needs them fetches them, and each
 *   lesson's list names them, so a lesson kept for offline use keeps them too.
 */
import type { OfflineList, OfflineScope } from '../../src/offline/offline-list.ts';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;
export type { OfflineList, OfflineScope };

export interface LessonRef {
  id: string;
  module: string;
}

export interface OfflinePlan {
  precache: string[];
  lists: OfflineList[];
}

export const appShellFile = 'app-shell.html';
const shellFilePattern = /\.(?:js|css|svg|png|webp|webmanifest)$/;
const lessonKey = /virtual:natvana\/lesson\/([a-z]{2})\/([^/]+)$/;
// The notes of each lesson, and the map of them (it grows with the course): for instructors, fetched as they are opened.
const instructorNotesKey = /virtual:natvana\/instructor-notes(?:\/|-index$)/;
/** The course's table of contents and each lesson language's map of lesson chunks: they grow with every lesson. */
const growsWithCourseKey = /virtual:natvana\/(?:lesson-index|lesson-loaders\/([a-z]{2}))$/;

function filesOfChunk(manifest: ViteManifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return [];
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? []), ...(chunk.imports ?? []).flatMap((imported) => filesOfChunk(manifest, imported, seen))];
}

export function planOffline(input: {
  /** Every built file, relative to the build folder, with forward slashes. */
  files: readonly string[];
  manifest: ViteManifest;
  /** Each interface language and the language its lessons are in. */
  languages: readonly { language: string; lessonLanguage: string }[];
  /** The lessons of each lesson language, in course order. */
  lessons: Readonly<Record<string, readonly LessonRef[]>>;
  /** The download size of a file (gzip). */
  sizeOf(file: string): number;
}): OfflinePlan {
  const { files, manifest, languages, lessons, sizeOf } = input;
  // The app's own entries and the chunks it loads on demand (pages, strings, practice), not lessons or instructor notes;
  // what they import stays in the shell even when a lesson imports it too.
  const shellRoots = Object.keys(manifest).filter(
    (key) => (manifest[key]?.isEntry === true || manifest[key]?.isDynamicEntry === true) && !lessonKey.test(key) && !instructorNotesKey.test(key),
  );
  const shellOwned = new Set(shellRoots.flatMap((key) => filesOfChunk(manifest, key)));

  const lessonFiles = new Map<string, string[]>();
  for (const key of Object.keys(manifest)) {
    const match = lessonKey.exec(key);
    if (!match) continue;
    lessonFiles.set(`${match[1]}/${match[2]}`, [...new Set(filesOfChunk(manifest, key))].filter((file) => !shellOwned.has(file)));
  }
  const growsWithCourse = Object.keys(manifest).flatMap((key) => {
    const match = growsWithCourseKey.exec(key);
    const chunk = manifest[key];
    // The index serves every language; a map of lesson chunks only its own.
    return match && chunk ? [{ language: match[1], file: chunk.file }] : [];
  });
  for (const [lesson, filesOfLesson] of lessonFiles) {
    const language = lesson.split('/')[0];
    const course = growsWithCourse.filter((grows) => grows.language === undefined || grows.language === language).map((grows) => grows.file);
    lessonFiles.set(lesson, [...new Set([...filesOfLesson, ...course])]);
  }
  const notLearnersFirstVisit = new Set([...lessonFiles.values()].flat());
  for (const key of Object.keys(manifest)) {
    if (instructorNotesKey.test(key)) for (const file of filesOfChunk(manifest, key)) if (!shellOwned.has(file)) notLearnersFirstVisit.add(file);
  }

  const precache = [
    ...files.filter((file) => file === appShellFile),
    ...files.filter((file) => shellFilePattern.test(file) && file !== 'sw.js' && !file.startsWith('offline/') && !notLearnersFirstVisit.has(file)),
  ];

  const scopeOf = (lessonIds: readonly string[], lessonLanguage: string): OfflineScope => {
    const scopeFiles = [...new Set(lessonIds.flatMap((id) => lessonFiles.get(`${lessonLanguage}/${id}`) ?? []))];
    return { lessonIds: [...lessonIds], bytes: scopeFiles.reduce((sum, file) => sum + sizeOf(file), 0), files: scopeFiles };
  };
  const lists = languages.map(({ language, lessonLanguage }): OfflineList => {
    const own = lessons[lessonLanguage] ?? [];
    const moduleIds = [...new Set(own.map((lesson) => lesson.module))];
    return {
      language,
      lessonLanguage,
      course: scopeOf(
        own.map((lesson) => lesson.id),
        lessonLanguage,
      ),
      modules: Object.fromEntries(
        moduleIds.map((moduleId) => [
          moduleId,
          scopeOf(
            own.filter((lesson) => lesson.module === moduleId).map((lesson) => lesson.id),
            lessonLanguage,
          ),
        ]),
      ),
      lessons: Object.fromEntries(own.map((lesson) => [lesson.id, lessonFiles.get(`${lessonLanguage}/${lesson.id}`) ?? []])),
    };
  });
  return { precache, lists };
}
