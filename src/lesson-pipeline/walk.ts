import type { CompiledLesson, LessonNode } from '../content/types.ts';

/** The ids of the lessons a compiled lesson links to. */
export function lessonLinksOf(lesson: CompiledLesson): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly LessonNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.type === 'link' && node.lessonId) found.push(node.lessonId);
      if ('children' in node) visit(node.children);
      if (node.type === 'quiz') {
        visit(node.question);
        for (const option of node.options) visit([...option.label, ...option.feedback]);
      }
    }
  };
  for (const step of lesson.steps) visit(step.body);
  return found;
}
