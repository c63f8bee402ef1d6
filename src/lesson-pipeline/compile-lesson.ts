import type { Nodes } from 'mdast';
import type { CompiledLesson, GlossaryEntry, LessonNode, LessonStep } from '../content/types.ts';
import { type CompileContext, type ImageResolution, type StepState } from './markdown/context.ts';
import { convertNode } from './markdown/convert.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { splitSteps } from './markdown/steps.ts';
import type { ProblemList } from './problems.ts';
import { readYaml } from './read-yaml.ts';
import { lessonFrontMatterSchema } from './schemas.ts';

export interface LessonSources {
  glossary: ReadonlyMap<string, GlossaryEntry>;
  glossaryFile: string;
  resolveLessonLink(href: string): string | undefined;
  resolveImage(src: string): ImageResolution;
  language?: string;
}

/**
 * Compiles one lesson file. Problems go to `problems`; the lesson is returned
 * only if its front matter could be read, so later checks (unique ids, module
 * references) can still run on a lesson with an error in its body.
 */
export function compileLesson(source: string, sources: LessonSources, problems: ProblemList): CompiledLesson | undefined {
  const root = parseMarkdown(source);
  const frontMatterNode = root.children[0];
  if (frontMatterNode?.type !== 'yaml') {
    problems.add(
      { line: 1, column: 1 },
      'The lesson does not start with its front matter.',
      'Start the file with a line of three dashes (---), the fields id, module, lang, title, summary, order, minutes and objectives, and another ---.',
    );
    return undefined;
  }
  const frontMatter = readYaml(
    frontMatterNode.value,
    lessonFrontMatterSchema,
    problems,
    (frontMatterNode.position?.start.line ?? 1) + 1,
  );

  const contextFor = (step: StepState): CompileContext => {
    const context: CompileContext = {
      ...sources,
      problems,
      step,
      convertChildren: (nodes: readonly Nodes[]): LessonNode[] => nodes.flatMap((node) => convertNode(node, context)),
    };
    return context;
  };
  const { steps: rawSteps, stray } = splitSteps(root, problems);
  // Text before the first step is already an error; it is still checked, so a
  // <script> or an unknown box there is named as such, not only as "stray text".
  contextFor({ index: -1, quizCount: 0, instructorNotes: [] }).convertChildren(stray);
  const steps: LessonStep[] = rawSteps.map((rawStep, index) => {
    const step: StepState = { index, quizCount: 0, instructorNotes: [] };
    return { title: rawStep.title, body: contextFor(step).convertChildren(rawStep.content), instructorNotes: step.instructorNotes };
  });

  return frontMatter ? { ...frontMatter, steps } : undefined;
}
