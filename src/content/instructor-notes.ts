import type { LessonLanguage } from '../i18n/languages.ts';
import { findLessonSummary, keyOf, loadLessonIndex } from './lessons.ts';
import type { InstructorNotes } from './types.ts';

/*
 * Apart from lessons.ts, which the start page carries: only the instructor
 * tools import this file, so not even the list of notes is in a learner's download.
 */

/**
 * The map of every lesson's notes chunk grows with the course: a chunk of its
 * own, fetched with the first notes, so it is not in the instructor pages'
 * chunk that every first visit precaches (scripts/offline/plan.ts).
 */
const loadNoteLoaders = () => import('virtual:natvana/instructor-notes-index').then((index) => index.instructorNoteLoaders);

const noNotes: InstructorNotes = { overview: { preparation: [], stumbles: [], discussion: [] }, steps: {} };

/**
 * Loads a lesson's instructor notes from their own chunk, which learners never
 * load. Empty notes for a lesson without any; undefined if there is no such lesson.
 */
export async function loadInstructorNotes(language: LessonLanguage, lessonId: string): Promise<InstructorNotes | undefined> {
  const [instructorNoteLoaders] = await Promise.all([loadNoteLoaders(), loadLessonIndex()]);
  if (!findLessonSummary(language, lessonId)) return undefined;
  const loader = instructorNoteLoaders[keyOf(language, lessonId)];
  return loader ? (await loader()).default : noNotes;
}
