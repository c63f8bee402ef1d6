/**
 * The pages about Nätvana itself: the accessibility statement and the privacy
 * page, one Markdown file per page and interface language in site-pages/
 * (`accessibility.sv.md`). They are compiled with the lessons' own rules, so
 * they hold only what the player's content renderer can show, and checked
 * like lessons: a problem names its file and line and stops the build.
 *
 * A page is front matter with its title, an optional introduction, then a
 * section per `## ` heading. `::library-contact` on a line of its own marks
 * where the library's contact (library.json) is shown.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import type { LessonNode, SitePage, SitePagePart, SitePageSection } from '../content/types.ts';
import { type UiLanguage, uiLanguages } from '../i18n/languages.ts';
import { readAuthorFile, reportUnexpected } from './author-files.ts';
import { limits } from './limits.ts';
import { idFromText } from './markdown/content-ids.ts';
import { type CompileContext, startOf } from './markdown/context.ts';
import { convertNode } from './markdown/convert.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { checkLessonStructure, checkSourceShape } from './markdown/structure.ts';
import { type Problem, ProblemList } from './problems.ts';
import { readYaml } from './read-yaml.ts';
import { plainWords } from './schemas.ts';

/**
 * Nätvana's own site-pages/ folder: the pages ship with its code, so they are found beside it, whatever the
 * project's root. A function, so merely importing this file works where import.meta.url is no file: address (jsdom).
 */
export const defaultSitePagesDir = (): string => fileURLToPath(new URL('../../site-pages', import.meta.url));

/** The pages every build has, in every interface language. */
export const sitePageIds = ['accessibility', 'privacy'] as const;
export type SitePageId = (typeof sitePageIds)[number];

const contactDirective = 'library-contact';

const frontMatterSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'This text is empty.')
    .max(80, 'The title is long. Keep it under 80 characters.')
    .refine((value) => !/<\/?[a-z!?][^>]*>|\[[^\]]*\]\([^)]*\)/i.test(value), plainWords),
});

export interface SitePages {
  /** Per `<lang>/<page id>`. */
  pages: Map<string, SitePage>;
  problems: Problem[];
  files: string[];
}

/** Reads and compiles every site page in every interface language; a missing file is a problem. */
export function loadSitePages(dir: string, projectRoot = process.cwd()): SitePages {
  const display = (path: string) => relative(projectRoot, path).split(sep).join('/');
  const pages = new Map<string, SitePage>();
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const id of sitePageIds) {
    for (const language of uiLanguages) {
      const path = join(dir, `${id}.${language}.md`);
      files.push(path);
      const list = new ProblemList(display(path));
      if (!existsSync(path)) {
        list.add(undefined, `The page "${id}" has no file for the language ${language}.`, `Write ${display(path)}: front matter with title:, then a section per ## heading.`);
      } else {
        try {
          const source = readAuthorFile(path, limits.lessonFileBytes, list);
          const page = source === undefined ? undefined : compileSitePage(source, id, language, list);
          if (page) pages.set(`${language}/${id}`, page);
        } catch (error) {
          reportUnexpected(error, list);
        }
      }
      problems.push(...list.items);
    }
  }
  return { pages, problems, files };
}

/** Compiles one site page; undefined when its front matter cannot be read. Problems go to `problems`. */
export function compileSitePage(source: string, id: string, language: UiLanguage | string, problems: ProblemList): SitePage | undefined {
  if (!checkSourceShape(source, problems)) return undefined;
  const root = parseMarkdown(source);
  if (!checkLessonStructure(root, problems)) return undefined;
  const frontMatterNode = root.children[0];
  if (frontMatterNode?.type !== 'yaml') {
    problems.add({ line: 1, column: 1 }, 'The page does not start with its front matter.', 'Start the file with a line of three dashes (---), title: and the page\'s title, and another ---.');
    return undefined;
  }
  const frontMatter = readYaml(frontMatterNode.value, frontMatterSchema, problems, (frontMatterNode.position?.start.line ?? 1) + 1);
  const refused = refuseLessonBoxes(root, problems);

  const context: CompileContext = {
    problems,
    glossary: new Map(),
    glossaryFile: 'the glossary',
    practiceScenarios: new Map(),
    resolveLessonLink: () => undefined,
    resolveImage: () => ({ message: 'Pictures are not used on this page.', fix: 'Say it in words.' }),
    language,
    step: { id, quizNames: new Map(), instructorNotes: [] },
    // A refused box is left out, so it is reported once, as a box for lessons, and not again by the lesson rules.
    convertChildren: (nodes: readonly Nodes[]): LessonNode[] => nodes.filter((node) => !refused.has(node)).flatMap((node) => convertNode(node, context)),
  };

  const intro: RootContent[] = [];
  const rawSections: { title: string; heading: RootContent; content: RootContent[] }[] = [];
  let lastDepth = 2;
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      if (node.depth === 1) {
        problems.add(startOf(node), 'A heading with a single # is not used: the title is the page\'s heading.', 'Start a section with ## and its heading; use ### for a smaller heading inside it.');
        continue;
      }
      if (node.depth === 2) {
        const title = toString(node).trim();
        if (title === '') problems.add(startOf(node), 'The section has no heading.', 'Write the heading after ##.');
        rawSections.push({ title, heading: node, content: [] });
        lastDepth = 2;
        continue;
      }
      if (node.depth > lastDepth + 1) {
        problems.add(startOf(node), `The heading jumps from level ${lastDepth} to level ${node.depth}.`, `Use ${'#'.repeat(lastDepth + 1)} here: a heading may be at most one level below the one before it.`);
      }
      if (rawSections.length === 0) {
        problems.add(startOf(node), 'A smaller heading comes before the first section.', 'Start a section with ## before using ###.');
      }
      lastDepth = node.depth;
    }
    const current = rawSections.at(-1);
    (current ? current.content : intro).push(node);
  }
  if (rawSections.length === 0) {
    problems.add({ line: 1, column: 1 }, 'The page has no sections.', 'Give the page at least one section: a line that starts with ## and its heading.');
  }

  const seenIds = new Map<string, number>();
  const sections: SitePageSection[] = rawSections.map((raw) => {
    const base = idFromText(raw.title, 40);
    const count = (seenIds.get(base) ?? 0) + 1;
    seenIds.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, title: raw.title, parts: partsOf(raw.content, context) };
  });
  return frontMatter ? { id, lang: language, title: frontMatter.title, intro: partsOf(intro, context), sections } : undefined;
}

/** Content, with `::library-contact` lines as parts of their own; headings one level down, under the section's h2. */
function partsOf(nodes: readonly RootContent[], context: CompileContext): SitePagePart[] {
  const parts: SitePagePart[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.length > 0) parts.push({ kind: 'content', nodes: context.convertChildren(pending).map(headingUnderSection) });
    pending = [];
  };
  for (const node of nodes) {
    if (node.type === 'leafDirective' && node.name === contactDirective) {
      if (Object.keys(node.attributes ?? {}).length > 0 || node.children.length > 0) {
        context.problems.add(startOf(node), '::library-contact takes nothing with it.', 'Write ::library-contact alone on its line.');
      }
      flush();
      parts.push({ kind: 'library-contact' });
    } else {
      pending.push(node);
    }
  }
  flush();
  return parts;
}

/** The lesson rules make ### an h2 (a step's title is the h1); here ## is the h2, so ### is an h3. */
function headingUnderSection(node: LessonNode): LessonNode {
  if (typeof node === 'string' || node.type !== 'element') return node;
  const tag = node.tag === 'h2' ? 'h3' : node.tag === 'h3' ? 'h4' : node.tag;
  return { ...node, tag };
}

/** Quizzes, practice, words explained and instructor notes belong to lessons; on these pages they are refused by name. */
function refuseLessonBoxes(root: Root, problems: ProblemList): Set<Nodes> {
  const refused = new Set<Nodes>();
  const visit = (node: Nodes, topLevel: boolean) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      if (node.name === contactDirective && node.type === 'leafDirective') {
        if (!topLevel) problems.add(startOf(node), '::library-contact is inside a list, a quote or a box.', 'Put ::library-contact on a line of its own, outside lists and quotes.');
        return;
      }
      if (!['tip', 'warning'].includes(node.name)) {
        problems.add(startOf(node), `"${node.name}" is for lessons, not for this page.`, 'Use paragraphs, lists, headings, links, :::tip and :::warning, and ::library-contact.');
        // Its insides are not checked again: one message per box is enough.
        refused.add(node);
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, false);
  };
  for (const child of root.children) visit(child, true);
  return refused;
}
