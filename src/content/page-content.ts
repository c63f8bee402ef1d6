import { glossaryLoaders, sitePageLoaders } from 'virtual:natvana/page-content-index';
import type { LessonLanguage } from '../i18n/languages.ts';
import type { GlossaryPageData, SitePage } from './types.ts';

/**
 * The glossary pages and the pages of site-pages/, each its own chunk: only
 * these pages' code imports this file, so the start page downloads neither
 * the texts nor the list of them (it is imported by its path, not through
 * index.ts, for that reason). Loaded before the page renders (the route
 * table's `content`), so a page renders complete, with no loading state.
 */
const glossaries = new Map<string, GlossaryPageData>();
const sitePages = new Map<string, SitePage>();

export async function loadGlossary(language: LessonLanguage): Promise<GlossaryPageData | undefined> {
  const cached = glossaries.get(language);
  if (cached) return cached;
  const loader = glossaryLoaders[language];
  if (!loader) return undefined;
  const glossary = (await loader()).default;
  glossaries.set(language, glossary);
  return glossary;
}

/** A glossary once loaded, so its page renders at once. */
export function loadedGlossary(language: LessonLanguage): GlossaryPageData | undefined {
  return glossaries.get(language);
}

export async function loadSitePage(language: string, pageId: string): Promise<SitePage | undefined> {
  const key = `${language}/${pageId}`;
  const cached = sitePages.get(key);
  if (cached) return cached;
  const loader = sitePageLoaders[key];
  if (!loader) return undefined;
  const page = (await loader()).default;
  sitePages.set(key, page);
  return page;
}

export function loadedSitePage(language: string, pageId: string): SitePage | undefined {
  return sitePages.get(`${language}/${pageId}`);
}
