import type { CompiledLesson, LessonNode } from '../content/types.ts';

type LessonElement = Exclude<LessonNode, string>;

/** Calls `visit` with every node of a compiled lesson, in every step, box, quiz question and answer. */
export function forEachNode(lesson: CompiledLesson, visit: (node: LessonElement) => void): void {
  const walk = (nodes: readonly LessonNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      visit(node);
      if ('children' in node) walk(node.children);
      if (node.type === 'quiz') {
        walk(node.question);
        for (const option of node.options) walk([...option.label, ...option.feedback]);
      }
    }
  };
  for (const step of lesson.steps) walk(step.body);
}

/** The ids of the lessons a compiled lesson links to. */
export function lessonLinksOf(lesson: CompiledLesson): string[] {
  const found: string[] = [];
  forEachNode(lesson, (node) => {
    if (node.type === 'link' && node.lessonId) found.push(node.lessonId);
  });
  return found;
}
