/** A problem found in a lesson, module or glossary file, with where it is and how to fix it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
}

export interface Position {
  line: number;
  column: number;
}

/** `file:line:column  message  how to fix`: one problem per line, as editors and terminals link it. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}  ${problem.fix}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return `${sorted.map(formatProblem).join('\n')}\n\nNätvana lessons: ${count}. The app is not built until every problem is fixed.`;
}

/** Collects problems for one file, so each check only says what and where. */
export class ProblemList {
  readonly items: Problem[] = [];

  constructor(readonly file: string) {}

  add(at: Position | undefined, message: string, fix: string): void {
    this.items.push({ file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, message, fix });
  }
}
