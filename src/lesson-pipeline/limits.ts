/**
 * Every limit the checker puts on what a lesson pack or library.json may hold,
 * in one place. Lesson packs are shared between libraries, so their files are
 * untrusted: each limit keeps a file from crashing or stalling the build, or
 * from putting something on the page it cannot hold. docs/lesson-format.md
 * ("Limits") lists them for authors; keep the two in step.
 */
export const limits = {
  /** A lesson file (.md). The longest real lesson is about 8 kB. */
  lessonFileBytes: 200 * 1024,
  /** module.yaml, a glossary file, library.json. */
  yamlFileBytes: 200 * 1024,
  libraryFileBytes: 64 * 1024,
  /** A picture file. Learners on slow lines download each one. */
  pictureBytes: 1024 * 1024,
  /** A picture's declared width or height, in pixels: a tiny file can claim to be huge and stall the browser that decodes it. */
  pictureSide: 4096,
  /** Boxes, quotes and lists inside one another (a quote in a list in a tip is 3). */
  nestingDepth: 6,
  /** Markdown's own nesting (emphasis in a link in a list …), counted in the parsed file; far above any real lesson. */
  treeDepth: 40,
  /**
   * `*`, `_` or `[` in one paragraph. The Markdown reader takes time that grows with the square
   * of these (4,000 asterisks take 24 s), so a paragraph with more is refused before it is read.
   */
  markersPerParagraph: 300,
  /** Lines indented further than this are refused before reading: only very deep lists need them. */
  indentColumns: 40,
  /** YAML aliases (*name) in one file: a few aliases to aliases can expand to gigabytes. */
  yamlAliases: 20,
  /** A text in library.json: the library's name, contact, help-desk hours. */
  libraryName: 80,
  libraryText: 300,
  /** JSON nested deeper than this cannot be library.json. */
  jsonDepth: 10,
  /**
   * Plain language: a lesson harder to read than this is refused (src/lesson-pipeline/readability.ts).
   * LIX for Swedish (words per sentence + per cent of words longer than six letters): at most 40.
   * Flesch reading ease for English: at least 70. Lesson writers aim for LIX 30 and Flesch 80.
   */
  readability: { lixMax: 40, fleschMin: 70 },
} as const;

/** "200 kB", "1 MB": sizes as an author sees them in a file manager. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}
