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
 * - Practice (each kind's code, what it loads later, and the scenarios) is
 *   not precached either: a first visit does not download every kind in
 *   every language. A lesson that embeds a practice lists the practice code
 *   and its language's scenarios, so opening or saving it keeps them.
 * - The icons for installing the app are not precached: the browser fetches
 *   them itself when it installs it.
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
  /** The practice kinds the lesson's steps embed (`inbox`, `e-id`): their code and scenarios come with the lesson. */
  practiceKinds?: readonly string[];
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
/**
 * A practice kind's view, the host every kind runs on, and each scenario
 * (`practice-scenario/<lang>/<kind>/<id>`): a first visit does not download
 * every kind in every language; a lesson that embeds a kind keeps that kind's
 * code, its lazy parts and its scenarios in the lesson's language.
 */
const practiceViewKey = /(?:^|\/)src\/practice\/([^/]+)\/view\.tsx$/;
const practiceHostKey = /(?:^|\/)src\/practice\/host\/hosted-practice\.tsx$/;
const scenarioKey = /virtual:natvana\/practice-scenario\/([a-z]{2})\/([^/]+)\/[^/]+$/;
const isPracticeRoot = (key: string) => practiceViewKey.test(key) || practiceHostKey.test(key) || scenarioKey.test(key);
/**
 * The course's table of contents, and each lesson language's map of lesson
 * chunks and glossary (a term names every lesson that uses it): they grow
 * with every lesson, so a lesson kept for offline use keeps them instead.
 */
const growsWithCourseKey = /virtual:natvana\/(?:lesson-index|(?:lesson-loaders|glossary)\/([a-z]{2}))$/;

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
  // What only practice reaches (a kind's lazy parts, like the passphrase drill's word list) is practice too; what the
  // app itself also loads (the QR library of the take-home page) stays in the shell.
  const reach = (from: readonly string[], stop: (key: string) => boolean): Set<string> => {
    const seen = new Set<string>();
    const queue = [...from];
    for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
      if (seen.has(key)) continue;
      seen.add(key);
      for (const next of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])]) if (!stop(next)) queue.push(next);
    }
    return seen;
  };
  const keysOfManifest = Object.keys(manifest);
  const practiceReach = reach(keysOfManifest.filter(isPracticeRoot), (key) => scenarioKey.test(key));
  const appReach = reach(
    keysOfManifest.filter((key) => manifest[key]?.isEntry === true),
    (key) => isPracticeRoot(key) || lessonKey.test(key) || instructorNotesKey.test(key),
  );
  const onlyPractice = new Set([...practiceReach].filter((key) => !appReach.has(key)));
  const shellRoots = Object.keys(manifest).filter(
    (key) => (manifest[key]?.isEntry === true || manifest[key]?.isDynamicEntry === true) && !lessonKey.test(key) && !instructorNotesKey.test(key) && !onlyPractice.has(key),
  );
  const shellOwned = new Set(shellRoots.flatMap((key) => filesOfChunk(manifest, key)));

  /**
   * Every practice file in a lesson language (all languages when undefined):
   * the host, each kind's view and what it loads later (a screen, a word
   * list), and the scenarios, none of the shell's files. Every kind, not only
   * a lesson's own: a kind may hand over to another at run time (the
   * e-service's login is the practice e-ID), which the built files do not
   * show. The same for every lesson of a language, so worked out once each.
   */
  const practiceFiles = new Map<string | undefined, string[]>();
  const practiceFilesOf = (language: string | undefined): string[] => {
    const known = practiceFiles.get(language);
    if (known) return known;
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = (key: string) => {
      // The app's own chunks are the shell's, and the way to everything else (the lessons): never followed from here.
      if (seen.has(key) || scenarioKey.test(key) || appReach.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) return;
      found.push(chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? []));
      for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(imported);
    };
    for (const key of keysOfManifest) if (practiceHostKey.test(key) || practiceViewKey.test(key)) visit(key);
    for (const key of keysOfManifest) {
      const scenario = scenarioKey.exec(key);
      if (scenario && (language === undefined || scenario[1] === language)) found.push(...filesOfChunk(manifest, key));
    }
    const files = [...new Set(found)].filter((file) => !shellOwned.has(file) && file !== 'index.html');
    practiceFiles.set(language, files);
    return files;
  };

  const lessonFiles = new Map<string, string[]>();
  for (const key of Object.keys(manifest)) {
    const match = lessonKey.exec(key);
    if (!match) continue;
    const [language, id] = [match[1] ?? '', match[2] ?? ''];
    const practiceKinds = (lessons[language] ?? []).find((lesson) => lesson.id === id)?.practiceKinds ?? [];
    // Kept once, the practice code serves every practice lesson after it.
    const practice = practiceKinds.length > 0 ? practiceFilesOf(language) : [];
    lessonFiles.set(`${language}/${id}`, [...new Set([...filesOfChunk(manifest, key), ...practice])].filter((file) => !shellOwned.has(file)));
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
  // Every kind's files in every language, whether or not a lesson embeds it: a lesson that does keeps them.
  const notLearnersFirstVisit = new Set([...lessonFiles.values()].flat().concat(practiceFilesOf(undefined)));
  for (const key of Object.keys(manifest)) {
    if (instructorNotesKey.test(key)) for (const file of filesOfChunk(manifest, key)) if (!shellOwned.has(file)) notLearnersFirstVisit.add(file);
  }

  const precache = [
    ...files.filter((file) => file === appShellFile),
    // The icons for installing the app are not: the browser fetches them itself when it installs it.
    ...files.filter(
      (file) => shellFilePattern.test(file) && file !== 'sw.js' && !file.startsWith('offline/') && !file.startsWith('icons/') && !notLearnersFirstVisit.has(file),
    ),
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
