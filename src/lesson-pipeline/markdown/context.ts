import type { Nodes } from 'mdast';
import type { GlossaryEntry, LessonNode } from '../../content/types.ts';
import type { Position, ProblemList } from '../problems.ts';

/** What a Markdown extension needs while it compiles one lesson. */
export interface CompileContext {
  problems: ProblemList;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  glossaryFile: string;
  /** The scenario ids of each practice kind that works, from `lessons/practice/`. */
  practiceScenarios: ReadonlyMap<string, ReadonlySet<string>>;
  /** The lesson id behind a relative link to a lesson file, or undefined if there is none. */
  resolveLessonLink(href: string): string | undefined;
  /** An asset reference for a relative image path, with its size when known; why it is refused; or undefined if the path cannot be read. */
  resolveImage(src: string): ImageResolution;
  /** The language in the lesson's file name, so a link to another language's file is caught. */
  language?: string;
  /** Converts child nodes with the full set of rules. */
  convertChildren(nodes: readonly Nodes[]): LessonNode[];
  step: StepState;
}

export type ImageResolution = { src: string; width?: number; height?: number } | { message: string; fix: string } | undefined;

export interface StepState {
  /** The step's id, which every quiz id in the step starts with. */
  id: string;
  /** Each quiz name used in the step so far, with where that quiz starts. */
  quizNames: Map<string, Position | undefined>;
  instructorNotes: LessonNode[][];
}

export function startOf(node: { position?: { start: Position } | undefined }): Position | undefined {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}
