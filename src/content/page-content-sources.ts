/**
 * The modules the glossary and site-page chunks are built from, as the
 * build's manifest names them (see scripts/prerender.ts). Apart from
 * page-content.ts so the route table can name them without the loaders.
 */
export function glossaryChunkSource(language: string): string {
  return `virtual:natvana/glossary/${language}`;
}

export function sitePageChunkSource(language: string, pageId: string): string {
  return `virtual:natvana/site-page/${language}/${pageId}`;
}
