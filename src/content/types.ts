/**
 * The contract between the build-time lesson pipeline and the app.
 * Lessons are compiled to this plain data when the app is built; the browser
 * never parses Markdown. Only the node types below exist, so the player can
 * only ever render elements it knows.
 */
import type { LessonLanguage } from '../i18n/languages.ts';

export type InlineTag = 'strong' | 'em' | 'code' | 'del' | 'br';
export type BlockTag = 'p' | 'h2' | 'h3' | 'h4' | 'ul' | 'ol' | 'li' | 'blockquote' | 'hr' | 'pre';
export type ElementTag = InlineTag | BlockTag;

export interface ElementNode {
  type: 'element';
  tag: ElementTag;
  /**
   * On text blocks only (p, h2, h3, h4, li, pre): `<tag>-<hash of its text>`,
   * unique within the step (a second identical block gets `-2`). Read-aloud
   * and translations key on it; it changes only when the block's own text does.
   */
  id?: string;
  /** For `ol`: the number the list starts at. */
  start?: number;
  children: LessonNode[];
}

export interface LinkNode {
  type: 'link';
  /** An https: or mailto: address, for links that leave Nätvana. */
  href?: string;
  /** The id of another lesson, for links inside Nätvana. */
  lessonId?: string;
  children: LessonNode[];
}

export interface ImageNode {
  type: 'image';
  src: string;
  alt: string;
  /** The picture's own size, so its space is kept while it loads. */
  width?: number;
  height?: number;
}

export interface CalloutNode {
  type: 'callout';
  kind: 'tip' | 'warning';
  /** The author's own heading; the player uses "Tip" or "Warning" without it. */
  title?: string;
  children: LessonNode[];
}

export interface QuizOption {
  /** From the answer's text, unique within the quiz; saved answers key on it. */
  id: string;
  correct: boolean;
  label: LessonNode[];
  feedback: LessonNode[];
}

export interface QuizNode {
  type: 'quiz';
  /** `<step id>.<name>`: the name from `:::quiz{#name}`, or else from the question. Saved results key on it. */
  id: string;
  multiple: boolean;
  question: LessonNode[];
  options: QuizOption[];
}

export interface TermNode {
  type: 'term';
  id: string;
  text: string;
  definition: string;
}

export interface PracticeNode {
  type: 'practice';
  kind: string;
  scenario: string;
}

export type LessonNode =
  | string
  | ElementNode
  | LinkNode
  | ImageNode
  | CalloutNode
  | QuizNode
  | TermNode
  | PracticeNode;

export interface LessonStep {
  /**
   * From the heading's `{#id}`, or else from its title. Saved progress keys on
   * it; the step's address uses its number, as the learner sees it.
   */
  id: string;
  title: string;
  body: LessonNode[];
}

/** What the front matter's `instructor:` says about the whole lesson, for its overview page. */
export interface InstructorOverview {
  /** What to prepare and bring (materials, accounts, a projector). */
  preparation: string[];
  /** What learners commonly stumble over. */
  stumbles: string[];
  /** Questions to ask the group. */
  discussion: string[];
}

/**
 * A lesson's instructor notes: the overview from its front matter, and the
 * notes (`:::instructor`) by step id, each in the order written; steps
 * without notes are left out. Compiled into a module of their own, so the
 * notes are never part of what a learner downloads.
 */
export interface InstructorNotes {
  overview: InstructorOverview;
  steps: Record<string, LessonNode[][]>;
}

export interface CompiledLesson {
  id: string;
  module: string;
  lang: LessonLanguage;
  title: string;
  summary: string;
  order: number;
  minutes: number;
  objectives: string[];
  steps: LessonStep[];
  /** The lesson after this one in the course, in the same language (the next in its module, or the first of the next module). */
  next?: NextLesson;
}

/** What a lesson's done page says of the lesson that comes next. */
export interface NextLesson {
  id: string;
  module: string;
  title: string;
  summary: string;
}

/** What the start and module pages need of a lesson, without its body. */
export interface LessonSummary {
  id: string;
  module: string;
  order: number;
  minutes: number;
  stepCount: number;
  title: string;
  summary: string;
}

export interface ModuleSummary {
  id: string;
  order: number;
  picture: string;
  title: Record<LessonLanguage, string>;
  summary: Record<LessonLanguage, string>;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

/** A module's size in one lesson language. */
export interface ModuleOutline {
  lessons: number;
  minutes: number;
}

/** What the start page needs of the course, the same size whatever the number of lessons. */
export interface CourseOutline {
  modules: ModuleSummary[];
  lessons: Record<LessonLanguage, Record<string, ModuleOutline | undefined>>;
}

export interface LessonIndex {
  modules: ModuleSummary[];
  /** Lessons per language, in module order, then lesson order. */
  lessons: Record<LessonLanguage, LessonSummary[]>;
}

/** A lesson that explains a word of the glossary, for the glossary page's links. */
export interface GlossaryLessonRef {
  id: string;
  title: string;
}

/** One word on the glossary page: its explanation and the lessons that explain it. */
export interface GlossaryPageEntry extends GlossaryEntry {
  /** The lessons with a `:term[…]` for this word, in module and lesson order. */
  lessons: GlossaryLessonRef[];
}

/** The words that start with one letter, as the language's alphabet counts letters (in Swedish, Å is not A). */
export interface GlossaryLetterGroup {
  letter: string;
  entries: GlossaryPageEntry[];
}

/** A language's glossary as its page gets it: sorted at build time in the language's alphabetical order. */
export interface GlossaryPageData {
  lang: LessonLanguage;
  groups: GlossaryLetterGroup[];
}

/** A piece of a site page: compiled Markdown, or the place where the library's contact is shown (`::library-contact`). */
export type SitePagePart = { kind: 'content'; nodes: LessonNode[] } | { kind: 'library-contact' };

export interface SitePageSection {
  /** From the heading's words, for links to the section (`#report-a-problem`). */
  id: string;
  title: string;
  parts: SitePagePart[];
}

/**
 * A page of text about Nätvana itself (the accessibility statement, privacy),
 * written in Markdown in site-pages/ and compiled like lessons: the page's
 * title is its h1, each `## ` a section with an h2.
 */
export interface SitePage {
  id: string;
  lang: string;
  title: string;
  intro: SitePagePart[];
  sections: SitePageSection[];
}
