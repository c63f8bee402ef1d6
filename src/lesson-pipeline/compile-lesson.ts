import type { Nodes, Root } from 'mdast';
import type { CompiledLesson, GlossaryEntry, InstructorNotes, LessonNode, LessonStep } from '../content/types.ts';
import { IdScope, withBlockIds } from './markdown/content-ids.ts';
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
  /** The scenario ids of each practice kind that works, from `lessons/practice/`. */
  practiceScenarios: ReadonlyMap<string, ReadonlySet<string>>;
  resolveLessonLink(href: string): string | undefined;
  resolveImage(src: string): ImageResolution;
  language?: string;
}

export interface CompiledLessonFile {
  /** What the learner gets. */
  lesson: CompiledLesson;
  /** Kept apart from the lesson, for the instructor tools only. */
  instructorNotes: InstructorNotes;
}

/**
 * Compiles one lesson file. Problems go to `problems`; the lesson is returned
 * only if its front matter could be read, so later checks (unique ids, module
 * references) can still run on a lesson with an error in its body.
 */
export function compileLesson(
  source: string,
  sources: LessonSources,
  problems: ProblemList,
  // The checker has parsed the file already to check its structure; parsing it again would double the work.
  root: Root = parseMarkdown(source),
): CompiledLessonFile | undefined {
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
  contextFor({ id: '', quizNames: new Map(), instructorNotes: [] }).convertChildren(stray);
  const stepNotes: InstructorNotes['steps'] = {};
  const steps: LessonStep[] = rawSteps.map((rawStep) => {
    const step: StepState = { id: rawStep.id, quizNames: new Map(), instructorNotes: [] };
    const body = contextFor(step).convertChildren(rawStep.content);
    // The body takes its ids before the notes, so a learner's ids never depend on what the instructor notes say.
    const blockIds = new IdScope();
    const bodyWithIds = withBlockIds(body, blockIds);
    if (step.instructorNotes.length > 0) stepNotes[rawStep.id] = step.instructorNotes.map((note) => withBlockIds(note, blockIds));
    return { id: rawStep.id, title: rawStep.title, body: bodyWithIds };
  });

  if (!frontMatter) return undefined;
  // The overview for instructors goes with the notes, never into what the learner downloads.
  const { instructor, ...lessonFields } = frontMatter;
  const overview = { preparation: instructor?.preparation ?? [], stumbles: instructor?.stumbles ?? [], discussion: instructor?.discussion ?? [] };
  return { lesson: { ...lessonFields, steps }, instructorNotes: { overview, steps: stepNotes } };
}
