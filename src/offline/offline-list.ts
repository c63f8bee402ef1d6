/**
 * The offline list of one interface language, `offline/<language>.json`:
 * written by the build (scripts/offline/plan.ts), read by the app
 * (offline-files.ts) to save a module or the whole course. One type for both
 * sides, so the file cannot drift from what reads it.
 */

/** What saving a module, or the whole course, downloads. */
export interface OfflineScope {
  lessonIds: string[];
  /** The download, gzip, in bytes. */
  bytes: number;
  files: string[];
}

export interface OfflineList {
  language: string;
  lessonLanguage: string;
  course: OfflineScope;
  /** By module id. */
  modules: Record<string, OfflineScope | undefined>;
  /** Each lesson's files, by lesson id. */
  lessons: Record<string, string[] | undefined>;
}
