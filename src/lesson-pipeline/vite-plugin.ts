import { dirname, join, resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { searchForWorkspaceRoot, type Plugin, type ViteDevServer } from 'vite';
import type { PracticeKindRegistry } from '../practice/registry.ts';
import type { CompiledLesson, LessonIndex, LessonSummary } from '../content/types.ts';
import { lessonLanguages } from '../i18n/languages.ts';
import type { Curriculum } from './curriculum.ts';
import { glossaryPage } from './glossary-page.ts';
import type { LoadedLibraryConfig } from './library-config.ts';
import { pictureImport } from './pictures.ts';
import { formatProblem, formatProblems } from './problems.ts';
import { loadSite } from './site.ts';
import { type SitePages, defaultSitePagesDir, loadSitePages } from './site-pages.ts';

const indexId = 'virtual:natvana/lesson-index';
const outlineId = 'virtual:natvana/course-outline';
/** `virtual:natvana/lesson-loaders/<lang>`: the way to each lesson of one lesson language. */
const loadersPrefix = 'virtual:natvana/lesson-loaders/';
const lessonPrefix = 'virtual:natvana/lesson/';
const notesIndexId = 'virtual:natvana/instructor-notes-index';
const notesPrefix = 'virtual:natvana/instructor-notes/';
const libraryId = 'virtual:natvana/library';
const libraryCssId = 'virtual:natvana/library.css';
const pageContentIndexId = 'virtual:natvana/page-content-index';
const glossaryPrefix = 'virtual:natvana/glossary/';
const sitePagePrefix = 'virtual:natvana/site-page/';
const scenarioIndexId = 'virtual:natvana/practice-scenarios';
const scenarioPrefix = 'virtual:natvana/practice-scenario/';
const resolvedPrefix = '\0natvana:';

/**
 * Compiles `lessons/` when the app is built or served. The browser receives
 * plain data: a small index for the start and module pages, and one chunk per
 * lesson and language, loaded when the lesson is opened. Instructor notes are
 * chunks of their own, with their own index, so only the instructor tools
 * ever load them. The glossary page of each language and the pages in
 * site-pages/ are chunks of their own too, listed by
 * `virtual:natvana/page-content-index`, which only those pages' code imports;
 * so is each practice scenario in each language, listed by
 * `virtual:natvana/practice-scenarios`, which only the practices import.
 * Any problem stops
 * `vite build` and `vite` (npm start) with the same lines as `lessons:check`.
 */
export function lessonsPlugin(options: { dir?: string; libraryConfig?: string; sitePages?: string; practiceKinds?: PracticeKindRegistry } = {}): Plugin {
  let lessonsDir = '';
  let libraryPath = '';
  let sitePagesDir = '';
  let curriculum: Curriculum | undefined;
  let library: LoadedLibraryConfig | undefined;
  let sitePages: SitePages | undefined;

  const load = (): Curriculum => {
    const site = loadSite(lessonsDir, libraryPath, options.practiceKinds);
    library = site.library;
    sitePages = loadSitePages(sitePagesDir);
    const problems = [...site.problems, ...sitePages.problems];
    if (problems.length > 0) {
      const report = formatProblems(problems);
      // Printed as is, so the author sees the same lines as from `npm run lessons:check`.
      console.error(`\n${report}\n`);
      const error = new Error(`Nätvana: the lessons or library.json have ${problems.length} problem(s), listed above.`);
      error.stack = error.message;
      throw error;
    }
    // Warnings (a glossary term's synonym in a lesson) do not stop the build; they are shown as lessons:check shows them.
    if (site.curriculum.warnings.length > 0) console.warn(`\n${site.curriculum.warnings.map((warning) => formatProblem({ ...warning, message: `Warning: ${warning.message}` })).join('\n')}\n`);
    return site.curriculum;
  };

  // The checked picture copies (pictures.ts): a fresh folder per run, so no file left by anyone else is ever used,
  // and outside node_modules, which Vitest would hand to Node to import as it is.
  const copies = mkdtempSync(join(tmpdir(), 'natvana-pictures-'));
  process.once('exit', () => rmSync(copies, { recursive: true, force: true }));

  return {
    name: 'natvana-lessons',
    enforce: 'pre',
    config(userConfig) {
      // The dev server serves files only from allowed folders; the copies are added, the project's own folder kept.
      const allowed = userConfig.server?.fs?.allow ? [copies] : [copies, searchForWorkspaceRoot(userConfig.root ?? process.cwd())];
      return { server: { fs: { allow: allowed } } };
    },
    configResolved(config) {
      lessonsDir = resolve(config.root, options.dir ?? 'lessons');
      libraryPath = resolve(config.root, options.libraryConfig ?? process.env.NATVANA_LIBRARY ?? 'public/library.json');
      sitePagesDir = options.sitePages ? resolve(config.root, options.sitePages) : defaultSitePagesDir();
      curriculum = load();
    },
    configureServer(server) {
      server.watcher.add([lessonsDir, libraryPath, sitePagesDir]);
      const onChange = (path: string) => {
        if (!resolve(path).startsWith(lessonsDir) && !resolve(path).startsWith(sitePagesDir) && resolve(path) !== libraryPath) return;
        try {
          curriculum = load();
          invalidate(server);
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
        }
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
    resolveId(id) {
      if ([indexId, outlineId, notesIndexId, libraryId, libraryCssId, pageContentIndexId, scenarioIndexId].includes(id)) return resolvedPrefix + id;
      if ([loadersPrefix, lessonPrefix, notesPrefix, glossaryPrefix, sitePagePrefix, scenarioPrefix].some((prefix) => id.startsWith(prefix))) return resolvedPrefix + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix) || !curriculum) return undefined;
      const virtualId = id.slice(resolvedPrefix.length);
      if (virtualId === indexId) return indexModule(curriculum, { lessons: lessonsDir, copies });
      if (virtualId === outlineId) return outlineModule(curriculum, { lessons: lessonsDir, copies });
      if (virtualId.startsWith(loadersPrefix)) return loadersModule(curriculum, virtualId.slice(loadersPrefix.length));
      if (virtualId === notesIndexId) return notesIndexModule(curriculum);
      if (virtualId === libraryId && library) return libraryModule(library, copies);
      if (virtualId === libraryCssId && library) return libraryCss(library);
      if (virtualId === pageContentIndexId && sitePages) return pageContentIndexModule(sitePages);
      if (virtualId === scenarioIndexId) return scenarioIndexModule(curriculum);
      if (virtualId.startsWith(scenarioPrefix)) {
        const scenario = curriculum.practiceScenarios.get(virtualId.slice(scenarioPrefix.length));
        if (!scenario) throw new Error(`Nätvana: there is no practice scenario ${virtualId.slice(scenarioPrefix.length)}.`);
        return `export default ${JSON.stringify(scenario)};\n`;
      }
      if (virtualId.startsWith(glossaryPrefix)) {
        const language = lessonLanguages.find((candidate) => candidate === virtualId.slice(glossaryPrefix.length));
        if (!language) throw new Error(`Nätvana: there is no glossary ${virtualId.slice(glossaryPrefix.length)}.`);
        return `export default ${JSON.stringify(glossaryPage(language, curriculum.glossary[language], curriculum.lessons))};\n`;
      }
      if (virtualId.startsWith(sitePagePrefix)) {
        const page = sitePages?.pages.get(virtualId.slice(sitePagePrefix.length));
        if (!page) throw new Error(`Nätvana: there is no page ${virtualId.slice(sitePagePrefix.length)}.`);
        return `export default ${JSON.stringify(page)};\n`;
      }
      if (virtualId.startsWith(notesPrefix)) {
        const notes = curriculum.instructorNotes.get(virtualId.slice(notesPrefix.length));
        if (!notes) throw new Error(`Nätvana: there are no instructor notes for the lesson ${virtualId.slice(notesPrefix.length)}.`);
        return defaultExportModule(notes, { lessons: lessonsDir, copies });
      }
      const [lang, lessonId] = virtualId.slice(lessonPrefix.length).split('/');
      const lesson = curriculum.lessons.find((candidate) => candidate.lang === lang && candidate.id === lessonId);
      if (!lesson) throw new Error(`Nätvana: there is no lesson ${virtualId.slice(lessonPrefix.length)}.`);
      return defaultExportModule(withNextLesson(curriculum, lesson), { lessons: lessonsDir, copies, owner: `${lang}/${lessonId}` });
    },
  };
}

function invalidate(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const module of environment.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith(resolvedPrefix)) environment.moduleGraph.invalidateModule(module);
    }
  }
}

/**
 * Pictures are imported so Vite fingerprints and copies them: checked copies
 * with `?url` (pictures.ts), never the file in lessons/, which could be a
 * folder with an index.js that Vite would bundle as code. The JSON holds
 * a marker per picture that is swapped for the imported URL's variable.
 */
/** Where pictures come from, and where this plugin writes their checked copies. */
interface PictureFolders {
  lessons: string;
  copies: string;
  /**
   * The one module that imports these pictures (a lesson in one language), named in each picture's import.
   * A picture's URL is then a module of that lesson alone, bundled into the lesson's chunk, not a chunk of
   * its own that each language's lesson shares: one request less per picture. The file is the same either way.
   */
  owner?: string;
}

function withAssets(data: unknown, folders: PictureFolders): string {
  const paths: string[] = [];
  const marker = (index: number) => `"\\u0000asset:${index}"`;
  const json = JSON.stringify(data, (key, value: unknown) => {
    if ((key === 'src' || key === 'picture') && typeof value === 'string') {
      paths.push(value);
      return `\u0000asset:${paths.length - 1}`;
    }
    return value;
  });
  const imports = paths
    .map((path, index) => `import asset${index} from ${JSON.stringify(pictureImport(resolve(folders.lessons, path), folders.lessons, folders.copies, folders.owner))};`)
    .join('\n');
  let body = json;
  paths.forEach((_, index) => {
    body = body.split(marker(index)).join(`asset${index}`);
  });
  return `${imports}\n${body}`;
}

/**
 * What the start page needs of the course, whatever its number of lessons:
 * the modules, and per lesson language each module's number of lessons and
 * minutes. The lessons themselves are in the lesson index, which loads with
 * the other pages.
 */
function outlineModule(curriculum: Curriculum, folders: PictureFolders): string {
  const lessons = Object.fromEntries(
    lessonLanguages.map((language) => [
      language,
      Object.fromEntries(
        curriculum.modules.map((module) => {
          const own = curriculum.lessons.filter((lesson) => lesson.lang === language && lesson.module === module.id);
          return [module.id, { lessons: own.length, minutes: own.reduce((sum, lesson) => sum + lesson.minutes, 0) }];
        }),
      ),
    ]),
  );
  const data = withAssets({ modules: curriculum.modules, lessons }, folders);
  const [imports, body] = [data.slice(0, data.lastIndexOf('\n')), data.slice(data.lastIndexOf('\n') + 1)];
  return `${imports}\nexport const courseOutline = ${body};\n`;
}

function indexModule(curriculum: Curriculum, folders: PictureFolders): string {
  const summaries = Object.fromEntries(
    lessonLanguages.map((language) => [
      language,
      curriculum.lessons
        .filter((lesson) => lesson.lang === language)
        .map(
          (lesson): LessonSummary => ({
            id: lesson.id,
            module: lesson.module,
            order: lesson.order,
            minutes: lesson.minutes,
            stepCount: lesson.steps.length,
            title: lesson.title,
            summary: lesson.summary,
          }),
        ),
    ]),
  );
  const index = { modules: curriculum.modules, lessons: summaries } as LessonIndex;
  const data = withAssets(index, folders);
  const [imports, body] = [data.slice(0, data.lastIndexOf('\n')), data.slice(data.lastIndexOf('\n') + 1)];
  return `${imports}\nexport const lessonIndex = ${body};\n`;
}

/**
 * One loader per lesson id of one lesson language, apart from the index: a
 * lesson step needs the way to its lesson, not every lesson's title, nor the
 * ways to the lessons of the other languages.
 */
function loadersModule(curriculum: Curriculum, language: string): string {
  const loaders = curriculum.lessons
    .filter((lesson) => lesson.lang === language)
    .map((lesson) => `  ${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(`${lessonPrefix}${lesson.lang}/${lesson.id}`)}),`)
    .join('\n');
  return `export const lessonLoaders = {\n${loaders}\n};\n`;
}

/** The lesson with the one after it in the course (in its language), for its done page, which then needs no lesson index. */
function withNextLesson(curriculum: Curriculum, lesson: CompiledLesson): CompiledLesson {
  const sameLanguage = curriculum.lessons.filter((candidate) => candidate.lang === lesson.lang);
  const next = sameLanguage[sameLanguage.indexOf(lesson) + 1];
  return next ? { ...lesson, next: { id: next.id, module: next.module, title: next.title, summary: next.summary } } : lesson;
}

/** One loader per `<lang>/<lesson id>` with notes: apart from the lesson index, so learners' pages do not even carry the list. */
function notesIndexModule(curriculum: Curriculum): string {
  const loaders = [...curriculum.instructorNotes.keys()]
    .map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${notesPrefix}${key}`)}),`)
    .join('\n');
  return `export const instructorNoteLoaders = {\n${loaders}\n};\n`;
}

/** One loader per `<lang>/<kind>/<scenario id>`: each scenario is a chunk of its own, which only its practice imports. */
function scenarioIndexModule(curriculum: Curriculum): string {
  const loaders = [...curriculum.practiceScenarios.keys()]
    .map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${scenarioPrefix}${key}`)}),`)
    .join('\n');
  return `export const practiceScenarioLoaders = {\n${loaders}\n};\n`;
}

/** One loader per glossary language and per site page (`<lang>/<page id>`): each is a chunk of its own. */
function pageContentIndexModule(sitePages: SitePages): string {
  const glossaries = lessonLanguages.map((language) => `  ${language}: () => import(${JSON.stringify(`${glossaryPrefix}${language}`)}),`).join('\n');
  const pages = [...sitePages.pages.keys()].map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${sitePagePrefix}${key}`)}),`).join('\n');
  return `export const glossaryLoaders = {\n${glossaries}\n};\nexport const sitePageLoaders = {\n${pages}\n};\n`;
}

/** A lesson or its notes as a module of its own, with its pictures imported. */
function defaultExportModule(data: unknown, folders: PictureFolders): string {
  const module = withAssets(data, folders);
  const [imports, body] = [module.slice(0, module.lastIndexOf('\n')), module.slice(module.lastIndexOf('\n') + 1)];
  return `${imports}\nexport default ${body};\n`;
}

function libraryModule(library: LoadedLibraryConfig, copies: string): string {
  const { logo, ...rest } = library.config;
  const data = JSON.stringify(rest);
  if (!logo) return `export const libraryConfig = ${data};\n`;
  return `import logo from ${JSON.stringify(pictureImport(logo, dirname(logo), copies))};\nexport const libraryConfig = { ...${data}, logo };\n`;
}

/**
 * The accent colour as CSS, so no inline style is needed (the Content-Security-Policy forbids them).
 * src/settings/themes.css decides, theme by theme, which tokens take it.
 */
function libraryCss(library: LoadedLibraryConfig): string {
  return `:root {\n  --library-accent: ${library.config.accentColor};\n}\n`;
}
