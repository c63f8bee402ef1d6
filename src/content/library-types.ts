/**
 * The library's own details, from public/library.json, checked and baked in
 * at build time. The type is the one the pipeline's schema reads, so the two
 * can never drift apart; a type only, so no pipeline code reaches the browser.
 */
export type { LibraryConfig } from '../lesson-pipeline/library-config.ts';
